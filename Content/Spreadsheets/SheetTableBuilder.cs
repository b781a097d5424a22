namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>The rules both formats share: the first non-blank row is the header, blank rows are skipped, rows are bounded.</summary>
internal static class SheetTableBuilder
{
    /// <summary>The first row with any text; null when there is none.</summary>
    public static RawRow? FirstNonBlank(IEnumerable<RawRow> rows) => rows.FirstOrDefault(r => !r.IsBlank);

    public static HeaderMatch MatchHeader(RawRow header, IReadOnlyList<SheetField> fields)
    {
        var width = header.Cells.FindLastIndex(c => !c.IsEmpty) + 1;
        return HeaderMatch.Match(header.Cells.GetRange(0, width).ConvertAll(c => c.Text), fields);
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
