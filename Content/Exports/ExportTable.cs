namespace ThiDuaCms.Content.Exports;

/// <summary>
/// One table to export (a CSV file, or one sheet of a workbook): optional heading lines above it, a header row, then the
/// rows as text, read once and in order while the file is written. A null cell is written empty.
/// </summary>
/// <example>
/// Rows straight from a query, so 20,000 commendations are never a list in memory:
/// <code>
/// var rows = db.Commendations.Where(filter).OrderBy(c => c.Year)
///     .Select(c => new[] { c.RecipientName, c.TitleName, c.Year.ToString() })
///     .AsAsyncEnumerable();
/// var table = new ExportTable("Vinh danh", ["Họ và tên", "Danh hiệu", "Năm"], rows) { Headings = ["DANH SÁCH VINH DANH NĂM 2024"] };
/// </code>
/// </example>
public sealed class ExportTable
{
    public ExportTable(string name, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        if (header.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(header));
        }
        Name = name;
        Header = header;
        Rows = rows;
    }

    /// <summary>Rows already in memory (a summary of counts, a short list).</summary>
    public ExportTable(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
        : this(name, header, rows.ToAsyncEnumerable())
    {
    }

    /// <summary>The sheet's name in a workbook (shortened and cleaned to what Excel allows); unused in CSV.</summary>
    public string Name { get; }

    public IReadOnlyList<string> Header { get; }

    public IAsyncEnumerable<IReadOnlyList<string?>> Rows { get; }

    /// <summary>Lines above the header: the report's title, then what the selection is (year, department, …).</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];

    /// <summary>Column widths in characters for XLSX; when null they are estimated from the header and the first rows.</summary>
    public IReadOnlyList<int>? ColumnWidths { get; init; }
}
