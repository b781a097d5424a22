using System.Text;
using System.Xml;

namespace ThiDuaCms.Content.Exports;

/// <summary>Cell text as every export writes it: NFC, without the characters an XML part cannot carry.</summary>
internal static class SpreadsheetText
{
    /// <summary>
    /// NFC (text typed on macOS or pasted from Word may be NFD, which some readers show as loose tone marks), with
    /// control characters other than tab and line breaks, and lone surrogate halves, dropped: XML 1.0 has no way to
    /// write them, and a workbook holding one does not open.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        StringBuilder? kept = null;
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < nfc.Length && char.IsLowSurrogate(nfc[i + 1]);
            if (pair || XmlConvert.IsXmlChar(c))
            {
                kept?.Append(c);
                if (pair)
                {
                    kept?.Append(nfc[++i]);
                }
                continue;
            }
            kept ??= new StringBuilder(nfc.Length).Append(nfc, 0, i);
        }
        return kept?.ToString() ?? nfc;
    }
}
