namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>
/// A column the caller expects, under any of its Vietnamese headers ("Họ và tên", "Họ tên"). The first header is
/// the one messages name. Headers match whatever the case, spacing, Unicode form and tone placement.
/// </summary>
public sealed class SheetField
{
    public SheetField(string key, bool required, params string[] headers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.Length == 0 || headers.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A field needs at least one non-blank header.", nameof(headers));
        }
        Key = key;
        Required = required;
        Headers = headers;
    }

    /// <summary>The caller's name for the field ("FullName"); rows are read by it.</summary>
    public string Key { get; }

    public bool Required { get; }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>The header messages name the field by.</summary>
    public string Label => Headers[0];

    public override string ToString() => Key;
}
