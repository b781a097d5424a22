using System.Text;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Spreadsheets;

/// <summary>
/// Turns a CSV file's bytes into text without guessing wrong: a byte-order mark first (UTF-8, UTF-16), then strict
/// UTF-8, then Windows-1258 (what Excel writes for "CSV (Comma delimited)" on a Vietnamese Windows: base letters
/// followed by combining tone marks) only when what it decodes to is Vietnamese. Anything else is refused rather
/// than stored as mojibake.
/// </summary>
internal static class CsvDecoding
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1258 =
        CodePagesEncodingProvider.Instance.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("Windows-1258 is not available.");

    /// <summary>The text, NFC, or the refusal the clerk reads.</summary>
    public static OperationResult<string> Decode(ReadOnlySpan<byte> bytes)
    {
        var text = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => TryDecode(StrictUtf8, bytes[3..]),
            [0xFF, 0xFE, ..] => TryDecode(StrictUtf16LittleEndian, bytes[2..]),
            [0xFE, 0xFF, ..] => TryDecode(StrictUtf16BigEndian, bytes[2..]),
            _ => TryDecode(StrictUtf8, bytes) ?? VietnameseOrNull(TryDecode(Windows1258, bytes)),
        };
        // A NUL or other control character means a binary file or UTF-16/32 without its mark.
        if (text is null || text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
        {
            return OperationResult<string>.Fail(SpreadsheetMessages.UnreadableEncoding);
        }
        return OperationResult<string>.Ok(text.Normalize(NormalizationForm.FormC));
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// The text when every non-ASCII character, once tone marks are composed, is a Vietnamese letter or common
    /// typography (dashes, quotes, ₫). A Windows-1252 "Müller", a Shift-JIS name or a tone mark on a consonant
    /// decode to something else, and are refused.
    /// </summary>
    private static string? VietnameseOrNull(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var composed = text.Normalize(NormalizationForm.FormC);
        return composed.All(c => c < 0x80 || Typography.Contains(c) || IsVietnameseLetter(c)) ? composed : null;
    }

    private const string Typography = "\u00A0–—‘’‚“”„…•·°º«»§©®™€₫";

    internal static bool IsVietnameseLetter(char c)
    {
        if (c is 'đ' or 'Đ')
        {
            return true;
        }
        var letters = VietnameseText.Letters(c.ToString());
        if (letters is not [var letter] || letter.OtherMarks is not null || !letter.Base.IsAscii)
        {
            return false;
        }
        return (char.ToLowerInvariant((char)letter.Base.Value), letter.VowelMark) switch
        {
            ('a', '\0' or VietnameseText.Breve or VietnameseText.Circumflex) => true,
            ('e', '\0' or VietnameseText.Circumflex) => true,
            ('o', '\0' or VietnameseText.Circumflex or VietnameseText.Horn) => true,
            ('u', '\0' or VietnameseText.Horn) => true,
            ('i' or 'y', '\0') => true,
            _ => false,
        };
    }
}
