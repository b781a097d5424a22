using System.Globalization;
using CsvHelper;

namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>
/// Reads a CSV file as Excel opens it: comma or semicolon (Excel in vi-VN writes semicolons) told from the header
/// line (the first with either), or from an Excel "sep=;" first line; quoted cells may hold line breaks; every record is one Excel row.
/// </summary>
internal static class CsvTableReader
{
    public static OperationResult<SheetTable> Read(ReadOnlySpan<byte> bytes, IReadOnlyList<SheetField> fields,
        SpreadsheetLimits limits, CancellationToken ct)
    {
        var decoded = CsvDecoding.Decode(bytes);
        if (!decoded.Succeeded)
        {
            return decoded.As<SheetTable>();
        }
        var text = decoded.Value!;
        char delimiter;
        if (SeparatorLine(text) is { } separator)
        {
            // Excel hides the line and numbers the next one 1; so do we.
            delimiter = separator;
            var lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
            text = lineEnd < 0 ? "" : text[(lineEnd + 1)..];
        }
        else
        {
            delimiter = Delimiter(text);
        }
        if (SheetTableBuilder.FindHeader(Records(text, delimiter, ct), fields) is not { } header)
        {
            return OperationResult<SheetTable>.Fail(SpreadsheetMessages.EmptyCsv);
        }
        return SheetTableBuilder.Build(null, header.Row, header.Match, Records(text, delimiter, ct), limits, ct);
    }

    private static IEnumerable<RawRow> Records(string text, char delimiter, CancellationToken ct)
    {
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,       // the header is whichever row is first non-blank; the rows are numbered as Excel shows them
            SkipEmptyLines = false,  // a blank line is a row in Excel: keep the numbering the clerk sees
            DetectSeparatorHint = false,
        };
        using var reader = CsvReader.FromText(text, options);
        var number = 0;
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            number++;
            var count = Math.Min(reader.FieldCount, RawRow.MaxColumns);
            var cells = new List<SheetCell>(count);
            for (var i = 0; i < count; i++)
            {
                cells.Add(new SheetCell(CellText.Clean(reader.GetString(i))));
            }
            yield return new RawRow(number, cells);
        }
    }

    /// <summary>The delimiter Excel's "sep=;" first line names, or null.</summary>
    private static char? SeparatorLine(string text) =>
        text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && text.Length > 4
            && (text.Length == 5 || text[5] is '\r' or '\n')
            ? text[4]
            : null;

    /// <summary>
    /// The more frequent of ';' and ',' outside quotes on the first line that has either (a bare title line above the
    /// header has neither); ',' when tied.
    /// </summary>
    private static char Delimiter(string text)
    {
        var commas = 0;
        var semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '\n' && commas + semicolons > 0)
            {
                break;
            }
            else if (c == ',')
            {
                commas++;
            }
            else if (c == ';')
            {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
