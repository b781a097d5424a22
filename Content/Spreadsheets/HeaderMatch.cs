using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>A header cell that named an expected field.</summary>
public sealed record MappedColumn(SheetField Field, int Column, string Header)
{
    /// <summary>The column's letter as Excel shows it ("A", "AB").</summary>
    public string ColumnName => SheetColumns.Name(Column);
}

/// <summary>A header cell that named no expected field, or a field an earlier column already took.</summary>
public sealed record IgnoredColumn(int Column, string Header)
{
    public string ColumnName => SheetColumns.Name(Column);
}

/// <summary>
/// Which header row cell maps to which expected field, in any column order; which columns were ignored; which required
/// fields no header named.
/// </summary>
public sealed class HeaderMatch
{
    private readonly Dictionary<string, int> columnsByKey;

    private HeaderMatch(IReadOnlyList<string> headers, List<MappedColumn> mapped, List<IgnoredColumn> ignored,
        List<SheetField> missing)
    {
        Headers = headers;
        Mapped = mapped;
        Ignored = ignored;
        Missing = missing;
        columnsByKey = mapped.ToDictionary(m => m.Field.Key, m => m.Column, StringComparer.Ordinal);
    }

    /// <summary>The header row's text, one entry per column ("" for a column with no header).</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The expected fields found, in column order.</summary>
    public IReadOnlyList<MappedColumn> Mapped { get; }

    /// <summary>Columns with a header that names no expected field (or a field already mapped), in column order.</summary>
    public IReadOnlyList<IgnoredColumn> Ignored { get; }

    /// <summary>Required fields that no header names.</summary>
    public IReadOnlyList<SheetField> Missing { get; }

    public bool HasAllRequired => Missing.Count == 0;

    /// <summary>The 0-based column of a field, or null when the file has no column for it.</summary>
    public int? ColumnOf(string key) => columnsByKey.TryGetValue(key, out var column) ? column : null;

    /// <summary>Matches a header row against the expected fields. The first column that names a field takes it.</summary>
    public static HeaderMatch Match(IReadOnlyList<string> headers, IReadOnlyList<SheetField> fields)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(fields);
        var fieldsByHeader = new Dictionary<string, SheetField>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            foreach (var header in field.Headers)
            {
                if (!fieldsByHeader.TryAdd(Key(header), field) && fieldsByHeader[Key(header)] != field)
                {
                    throw new ArgumentException($"The header \"{header}\" names two fields.", nameof(fields));
                }
            }
        }

        var cleaned = headers.Select(CellText.Clean).ToList();
        var mapped = new List<MappedColumn>();
        var ignored = new List<IgnoredColumn>();
        var taken = new HashSet<SheetField>();
        for (var column = 0; column < cleaned.Count; column++)
        {
            var header = cleaned[column];
            if (header.Length == 0)
            {
                continue;
            }
            if (fieldsByHeader.TryGetValue(Key(header), out var field) && taken.Add(field))
            {
                mapped.Add(new MappedColumn(field, column, header));
            }
            else
            {
                ignored.Add(new IgnoredColumn(column, header));
            }
        }
        var missing = fields.Where(f => f.Required && !taken.Contains(f)).ToList();
        return new HeaderMatch(cleaned, mapped, ignored, missing);
    }

    /// <summary>
    /// "  HỌ VÀ  TÊN (*) " and "họ và tên" give one key: NFC, one tone placement, lower case, no white space, no
    /// trailing required-field marks. Tone marks are kept, so "Năm" never matches a "Nam" (gender) column.
    /// </summary>
    internal static string Key(string header)
    {
        var text = VietnameseText.NormalizeTones(CellText.Clean(header).ToLowerInvariant());
        if (text.EndsWith("(*)", StringComparison.Ordinal))
        {
            text = text[..^3];
        }
        text = text.TrimEnd(' ', '*', ':');
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }
}
