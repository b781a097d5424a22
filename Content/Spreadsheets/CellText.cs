using System.Globalization;
using System.Text;

namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>How every cell's text enters: NFC, trimmed, inner white space (line breaks too) as one space.</summary>
public static class CellText
{
    /// <summary>
    /// NFC (macOS and some Excel builds hand us NFD), trimmed, runs of white space, zero-width spaces and BOMs as one
    /// space, other control characters dropped. A leading '=' is kept: cells are text, never formulas.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsClean(text))
        {
            return text;
        }
        var normalized = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
            }
            else if (!char.IsControl(c))
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// A number cell as invariant text without binary noise: Excel shows 15 significant digits, so 2024 stays
    /// "2024" and 0.30000000000000004 reads "0.3".
    /// </summary>
    internal static string Number(double value) => value.ToString("G15", CultureInfo.InvariantCulture);

    // Most cells are short printable ASCII already clean: skip the copy.
    private static bool IsClean(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }
        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }
        var previousSpace = false;
        foreach (var c in text)
        {
            if (c is < ' ' or > '~' || (c == ' ' && previousSpace))
            {
                return false;
            }
            previousSpace = c == ' ';
        }
        return true;
    }
}
