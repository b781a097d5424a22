namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>A data row: its number as Excel shows it (1-based, counting the header and blank rows) and its cells.</summary>
public sealed class SheetRow
{
    private readonly HeaderMatch headers;

    internal SheetRow(int number, SheetCell[] cells, HeaderMatch headers)
    {
        Number = number;
        Cells = cells;
        this.headers = headers;
    }

    /// <summary>The row number the clerk sees in Excel (or the record's line in the CSV file opened in Excel).</summary>
    public int Number { get; }

    /// <summary>One cell per header column, mapped or not, so a row can be written back out as it came.</summary>
    public IReadOnlyList<SheetCell> Cells { get; }

    /// <summary>The cell of an expected field; empty when the file has no column for it.</summary>
    public SheetCell this[string key] => headers.ColumnOf(key) is int column ? Cells[column] : SheetCell.Empty;
}
