using System.Globalization;
using System.Text;

namespace ThiDuaCms.Content.Text;

/// <summary>Unicode rules for Vietnamese text: NFC storage and diacritic folding.</summary>
public static class VietnameseText
{
    /// <summary>Returns the text in Unicode NFC (Excel and macOS often hand us NFD), trimmed of outer white space.</summary>
    public static string Nfc(string text) => text.Normalize(NormalizationForm.FormC).Trim();

    /// <summary>NFC for optional fields: null and blank become null.</summary>
    public static string? NfcOrNull(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Nfc(text);

    /// <summary>
    /// Lower-case ASCII-ish key without tone or vowel marks, đ mapped to d:
    /// "Điển hình" and "dien hinh" fold to the same key; "hoà" and "hòa" too.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
