namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>A row as a file format reads it: its Excel row number and its cleaned cells, 0-based by column.</summary>
internal sealed record RawRow(int Number, List<SheetCell> Cells)
{
    /// <summary>More columns than any clerk's list has: cells beyond are dropped, so a stray cell in XFD costs nothing.</summary>
    public const int MaxColumns = 500;

    public bool IsBlank => Cells.TrueForAll(c => c.IsEmpty);
}
