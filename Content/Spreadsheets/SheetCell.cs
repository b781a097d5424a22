namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>
/// One cell as the clerk sees it: NFC text, trimmed, inner white space collapsed. A date cell of a workbook also
/// carries its <see cref="Date"/>, and its text is that date as dd/MM/yyyy.
/// </summary>
public readonly record struct SheetCell
{
    private readonly string? text;

    public SheetCell(string text, DateTime? date = null)
    {
        this.text = text;
        Date = date;
    }

    /// <summary>The cell's text; "" for an empty cell (also for <c>default</c>).</summary>
    public string Text => text ?? "";

    /// <summary>The value of a cell formatted as a date in the workbook; null for text, numbers and every CSV cell.</summary>
    public DateTime? Date { get; }

    public bool IsEmpty => Text.Length == 0;

    public static SheetCell Empty => default;

    public override string ToString() => Text;
}
