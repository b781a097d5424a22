using System.Text;

namespace ThiDuaCms.Content.Exports;

/// <summary>
/// Writes a table as CSV (RFC 4180: comma-separated, CRLF, quotes doubled) in UTF-8 with a byte order mark, so Excel
/// reads the Vietnamese right. Rows go to the stream as they come; nothing is held but the writer's buffer.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const string Extension = ".csv";

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    // The mark is written once, by hand: StreamWriter would skip it on a stream that is not at position 0.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="table"/>'s heading lines (one cell each), header and rows to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(ByteOrderMark, cancellationToken);
        await using (var writer = new StreamWriter(output, Utf8, bufferSize: 16 * 1024, leaveOpen: true))
        {
            var line = new StringBuilder(256);
            foreach (var heading in table.Headings)
            {
                await WriteLineAsync(writer, line, [heading], cancellationToken);
            }
            await WriteLineAsync(writer, line, table.Header, cancellationToken);
            await foreach (var row in table.Rows.WithCancellation(cancellationToken))
            {
                await WriteLineAsync(writer, line, row, cancellationToken);
            }
            await writer.FlushAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The cell as CSV writes it: neutralised against formula injection (a leading =, +, -, @, tab or carriage return
    /// gets a single quote before it, so a spreadsheet shows the text instead of running it), then quoted when it holds
    /// a comma, a quote or a line break.
    /// </summary>
    internal static string Field(string? cell)
    {
        var text = SpreadsheetText.Clean(cell);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static async Task WriteLineAsync(StreamWriter writer, StringBuilder line, IReadOnlyList<string?> cells, CancellationToken cancellationToken)
    {
        line.Clear();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }
            line.Append(Field(cells[i]));
        }
        line.Append("\r\n");
        await writer.WriteAsync(line, cancellationToken);
    }
}
