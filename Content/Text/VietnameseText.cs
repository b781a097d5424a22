using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ThiDuaCms.Content.Text;

/// <summary>
/// Unicode rules for Vietnamese text: NFC storage, diacritic folding and one tone placement.
/// Every Vietnamese key (slugs, search keys, <see cref="VietnameseSort"/>) reads letters through <see cref="Letters"/>.
/// </summary>
public static partial class VietnameseText
{
    internal const char Breve = '\u0306';
    internal const char Circumflex = '\u0302';
    internal const char Horn = '\u031B';

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
        var builder = new StringBuilder(text.Length);
        foreach (var letter in Letters(text))
        {
            if (IsD(letter.Base))
            {
                builder.Append('d');
            }
            else
            {
                builder.Append(Rune.ToLowerInvariant(letter.Base).ToString());
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// NFC text with every Vietnamese syllable's tone mark on the same vowel, so "hoà" and "hòa", "thuỷ" and
    /// "thủy", "khoẻ" and "khỏe", "uỷ" and "ủy" are one spelling. The convention is the traditional one
    /// (kiểu cũ: hòa, khỏe, thủy, ủy — the mark on the first vowel of an open oa/oe/uy), not the newer
    /// school-book one (kiểu mới: hoà, khoẻ, thuỷ): it is what administrative documents, place names
    /// ("Khánh Hòa") and Unikey's default produce, so most of what editors type and paste already has it,
    /// and normalising changes the fewest stored strings. Unicode allows both. Only the placement
    /// changes: closed syllables keep the mark on the last vowel ("hoàn", "toán", "huỳnh"), a vowel with its own
    /// mark carries the tone ("khuyến", "thuyền", "người"), "qu" and "gi" are consonants ("quý", "quả", "già",
    /// "giữ"), three-vowel open syllables mark the middle one ("ngoài", "khuỷu"). Words that are not a
    /// single Vietnamese syllable with one tone mark (foreign names, typos with two marks) are left as they are.
    /// Case is kept. Outer white space is kept (unlike <see cref="Nfc"/>).
    /// </summary>
    public static string NormalizeTones(string text) =>
        WordPattern().Replace(text.Normalize(NormalizationForm.FormC), m => RetoneSyllable(m.Value) ?? m.Value);

    /// <summary><see cref="Nfc"/> and <see cref="NormalizeTones"/>: the one spelling to store a name or title in.</summary>
    public static string Canonical(string text) => NormalizeTones(Nfc(text));

    /// <summary>
    /// One letter of text as Vietnamese sees it: a base character, the vowel mark that makes it another letter of the
    /// alphabet (ă â ê ô ơ ư), its tone, and any other combining marks in the order they came.
    /// </summary>
    internal readonly record struct Letter(Rune Base, char VowelMark, VietnameseTone Tone, string? OtherMarks);

    /// <summary>The text, in any normalization form, as letters; combining marks with no base before them are dropped.</summary>
    internal static List<Letter> Letters(string text)
    {
        var letters = new List<Letter>(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                letters.Add(new Letter(rune, '\0', VietnameseTone.Ngang, null));
                continue;
            }
            if (letters.Count == 0)
            {
                continue;
            }
            var last = letters[^1];
            var mark = (char)rune.Value;
            var tone = ToneOf(mark);
            if (mark is Breve or Circumflex or Horn && last.VowelMark == '\0')
            {
                letters[^1] = last with { VowelMark = mark };
            }
            else if (tone != VietnameseTone.Ngang && last.Tone == VietnameseTone.Ngang)
            {
                letters[^1] = last with { Tone = tone };
            }
            else
            {
                letters[^1] = last with { OtherMarks = last.OtherMarks + rune.ToString() };
            }
        }
        return letters;
    }

    /// <summary>đ, Đ, and the look-alike eth (Ð, ð) that old TCVN3/VNI conversions leave in names.</summary>
    internal static bool IsD(Rune rune) => rune.Value is 'đ' or 'Đ' or 'ð' or 'Ð';

    internal static VietnameseTone ToneOf(char mark) => mark switch
    {
        '\u0300' => VietnameseTone.Huyen,
        '\u0309' => VietnameseTone.Hoi,
        '\u0303' => VietnameseTone.Nga,
        '\u0301' => VietnameseTone.Sac,
        '\u0323' => VietnameseTone.Nang,
        _ => VietnameseTone.Ngang,
    };

    internal static char MarkOf(VietnameseTone tone) => tone switch
    {
        VietnameseTone.Huyen => '\u0300',
        VietnameseTone.Hoi => '\u0309',
        VietnameseTone.Nga => '\u0303',
        VietnameseTone.Sac => '\u0301',
        VietnameseTone.Nang => '\u0323',
        _ => '\0',
    };

    private static readonly HashSet<string> Onsets =
    [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
        "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ];

    private static readonly HashSet<string> Codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

    /// <summary>The word with its one tone mark on the right vowel, or null when it is already there or not a syllable.</summary>
    private static string? RetoneSyllable(string word)
    {
        var letters = Letters(word);
        if (letters.Any(l => l.OtherMarks is not null || !l.Base.IsBmp))
        {
            return null;
        }
        var toned = letters.FindAll(l => l.Tone != VietnameseTone.Ngang);
        if (toned.Count != 1)
        {
            return null;
        }
        var lower = letters.ConvertAll(l => IsD(l.Base) ? 'đ' : char.ToLowerInvariant((char)l.Base.Value));
        if (letters.Where((l, i) => l.VowelMark != '\0' && lower[i] is not ('a' or 'e' or 'o' or 'u')).Any())
        {
            return null; // ĉ, ŷ, …: not Vietnamese
        }
        bool IsVowel(int i) => lower[i] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
        bool IsPlain(int i) => letters[i].VowelMark == '\0';

        var start = 0;
        while (start < letters.Count && !IsVowel(start))
        {
            start++;
        }
        var onset = new string(lower.GetRange(0, start).ToArray());
        if (start < letters.Count && IsPlain(start)
            && ((onset == "q" && lower[start] == 'u')
                || (onset == "g" && lower[start] == 'i' && start + 1 < letters.Count && IsVowel(start + 1))))
        {
            onset += lower[start];
            start++;
        }
        var end = start;
        while (end < letters.Count && IsVowel(end))
        {
            end++;
        }
        var coda = new string(lower.GetRange(end, letters.Count - end).ToArray());
        if (!Onsets.Contains(onset) || end - start is 0 or > 3 || !Codas.Contains(coda))
        {
            return null;
        }

        var target = -1;
        for (var i = start; i < end; i++)
        {
            if (!IsPlain(i))
            {
                target = i; // ư in "cửa", ơ in "người", ê in "khuyến"
            }
        }
        if (target < 0)
        {
            target = coda.Length > 0 ? end - 1       // hoàn, toán, huỳnh, hoạch
                : end - start == 3 ? start + 1        // ngoài, khuỷu, xoáy
                : start;                              // má, mái, múa, and the traditional hòa, khỏe, thủy
        }
        var current = letters.FindIndex(l => l.Tone != VietnameseTone.Ngang);
        if (current == target)
        {
            return null;
        }
        var tone = letters[current].Tone;
        letters[current] = letters[current] with { Tone = VietnameseTone.Ngang };
        letters[target] = letters[target] with { Tone = tone };
        var builder = new StringBuilder(word.Length + 2);
        foreach (var letter in letters)
        {
            builder.Append(letter.Base.ToString());
            if (letter.VowelMark != '\0')
            {
                builder.Append(letter.VowelMark);
            }
            if (letter.Tone != VietnameseTone.Ngang)
            {
                builder.Append(MarkOf(letter.Tone));
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*")]
    private static partial Regex WordPattern();
}
