using System.Text;

namespace ThiDuaCms.Content.Spreadsheets;

internal enum NumberKind
{
    Number,
    Date,
    Time,
}

/// <summary>
/// Whether a number format shows a number, a date or a time of day. Excel stores a date as a number of days with a
/// date format on the cell, built-in (ids 14–22 and the East Asian ones) or custom ("dd/mm/yyyy", "d/m/yy",
/// "[$-42A]dd mmmm yyyy").
/// </summary>
internal static class ExcelNumberFormats
{
    public static NumberKind Builtin(uint id) => id switch
    {
        >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58 => NumberKind.Date,
        >= 18 and <= 21 or >= 45 and <= 47 => NumberKind.Time,
        _ => NumberKind.Number,
    };

    public static NumberKind Custom(string formatCode)
    {
        // Only the first section (positive numbers) decides; quoted text, escaped and padding characters, and
        // [colours]/[$-locale] say nothing about dates. [h], [mm], [ss] are elapsed times.
        var letters = new StringBuilder(formatCode.Length);
        for (var i = 0; i < formatCode.Length; i++)
        {
            var c = formatCode[i];
            switch (c)
            {
                case ';':
                    i = formatCode.Length;
                    break;
                case '"':
                    i = formatCode.IndexOf('"', i + 1) is var close and >= 0 ? close : formatCode.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var end = formatCode.IndexOf(']', i + 1);
                    var inside = end < 0 ? "" : formatCode[(i + 1)..end].ToLowerInvariant();
                    if (inside.Length > 0 && inside.All(ch => ch is 'h' or 'm' or 's'))
                    {
                        letters.Append(inside);
                    }
                    i = end < 0 ? formatCode.Length : end;
                    break;
                default:
                    letters.Append(char.ToLowerInvariant(c));
                    break;
            }
        }
        var code = letters.ToString();
        if (code.Contains('y', StringComparison.Ordinal) || code.Contains('d', StringComparison.Ordinal))
        {
            return NumberKind.Date;
        }
        if (code.Contains('h', StringComparison.Ordinal) || code.Contains('s', StringComparison.Ordinal))
        {
            return NumberKind.Time;
        }
        // "mmm" alone (a month's name) is a date; "General" and "#,##0.00" have no date letter.
        return code.Contains('m', StringComparison.Ordinal) ? NumberKind.Date : NumberKind.Number;
    }
}
