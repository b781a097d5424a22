namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>The rules both formats share: the first non-blank row is the header, blank rows are skipped, rows are bounded.</summary>
internal static class SheetTableBuilder
{
    /// <summary>How many non-blank rows may stand above the header (the national motto, the decision's title, …).</summary>
    public const int RowsSearchedForHeader = 10;

    /// <summary>
    /// The header: the first non-blank row that names every required field, among the first
    /// <see cref="RowsSearchedForHeader"/> non-blank rows; failing that, the one naming the most fields (so the clerk
    /// learns which are missing). Null when every row is blank.
    /// </summary>
    public static (RawRow Row, HeaderMatch Match)? FindHeader(IEnumerable<RawRow> rows, IReadOnlyList<SheetField> fields)
    {
        (RawRow Row, HeaderMatch Match)? best = null;
        foreach (var row in rows.Where(r => !r.IsBlank).Take(RowsSearchedForHeader))
        {
            var width = row.Cells.FindLastIndex(c => !c.IsEmpty) + 1;
            var match = HeaderMatch.Match(row.Cells.GetRange(0, width).ConvertAll(c => c.Text), fields);
            if (best is null || match.Mapped.Count > best.Value.Match.Mapped.Count)
            {
                best = (row, match);
            }
            if (match.HasAllRequired)
            {
                break;
            }
        }
        return best;
    }

    /// <summary>The data rows below the header, read from <paramref name="rows"/> (the whole sheet, from its first row).</summary>
    public static OperationResult<SheetTable> Build(string? sheetName, RawRow header, HeaderMatch match,
        IEnumerable<RawRow> rows, SpreadsheetLimits limits, CancellationToken ct)
    {
        var width = match.Headers.Count;
        var table = new List<SheetRow>();
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            if (row.Number <= header.Number)
            {
                continue;
            }
            var cells = new SheetCell[width];
            var blank = true;
            for (var i = 0; i < width && i < row.Cells.Count; i++)
            {
                cells[i] = row.Cells[i];
                blank &= cells[i].IsEmpty;
            }
            if (blank)
            {
                continue; // text only under columns with no header counts as blank too
            }
            if (table.Count == limits.MaxRows)
            {
                return OperationResult<SheetTable>.Fail(SpreadsheetMessages.TooManyRows(limits.MaxRows));
            }
            table.Add(new SheetRow(row.Number, cells, match));
        }
        return table.Count == 0
            ? OperationResult<SheetTable>.Fail(SpreadsheetMessages.HeaderOnly(header.Number))
            : OperationResult<SheetTable>.Ok(new SheetTable(sheetName, header.Number, match, table));
    }
}
