using System.Text;

namespace ThiDuaCms.Content.Text;

/// <summary>
/// Sort keys for the Vietnamese order, to store in a column and compare ordinally (SQLite's binary order,
/// <see cref="string.CompareOrdinal(string, string)"/>): never culture-aware comparison, which is unreliable for
/// vi-VN on Linux.
/// <para>
/// Letters first, in the Vietnamese alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, with the
/// foreign f j w z where the Latin alphabet has them (f after ê, j after i, w after v, z after y) and any other
/// script after z; digits before letters; words compared one by one ("An" before "An Bình" before "Anh"). Only
/// when all letters are equal do the tones decide, word by word, in the dictionaries' order: no mark, huyền, hỏi,
/// ngã, sắc, nặng (ma, mà, mả, mã, má, mạ). Case, punctuation, NFC or NFD and tone placement ("hoà"/"hòa") do
/// not matter.
/// </para>
/// <para>
/// The key is ASCII: each letter is its base letter, followed by '{', '|' or '}' for the letters with a vowel
/// mark or stroke (ă = "a{", â = "a|", đ = "d{", ê = "e{", ô = "o{", ơ = "o|", ư = "u{"), words are joined by '-',
/// then a space and one tone digit (0–5) per word: "Nguyễn Văn" → "nguye{n-va{n 30".
/// </para>
/// </summary>
public static class VietnameseSort
{
    /// <summary>The longest key <see cref="Key"/> and <see cref="PersonNameKey"/> return (the column length).</summary>
    /// <remarks>A Vietnamese text of n characters has a key of at most about 2.5n + 2; only long runs of other
    /// scripts reach the cap, and are then ordered by their first part.</remarks>
    public const int MaxKeyLength = 1024;

    /// <summary>Between the given name's key and the key of the family and middle names.</summary>
    public const char PersonNameSeparator = '/';

    private const char WordSeparator = '-';
    private const char ToneSeparator = ' ';

    /// <summary>The sort key of a title or name as written (first word first); "" for text without letters or digits.</summary>
    public static string Key(string text)
    {
        var letters = VietnameseText.Letters(text);
        var primary = new StringBuilder(letters.Count + 8);
        var tones = new StringBuilder();
        var inWord = false;
        var wordTone = VietnameseTone.Ngang;
        foreach (var letter in letters)
        {
            var code = Code(letter);
            if (code is null)
            {
                if (inWord)
                {
                    tones.Append((char)('0' + (int)wordTone));
                    inWord = false;
                }
                continue;
            }
            if (!inWord)
            {
                if (primary.Length > 0)
                {
                    primary.Append(WordSeparator);
                }
                inWord = true;
                wordTone = VietnameseTone.Ngang;
            }
            primary.Append(code);
            if (wordTone == VietnameseTone.Ngang)
            {
                wordTone = letter.Tone;
            }
        }
        if (inWord)
        {
            tones.Append((char)('0' + (int)wordTone));
        }
        if (primary.Length == 0)
        {
            return "";
        }
        return Cut(primary.Append(ToneSeparator).Append(tones).ToString());
    }

    /// <summary>
    /// The sort key of a person's full name written the Vietnamese way (family, middle, given: "Nguyễn Văn An"):
    /// by given name (the last word), then by family and middle names: <c>Key(given) + '/' + Key(rest)</c>.
    /// </summary>
    public static string PersonNameKey(string fullName)
    {
        var words = fullName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0
            ? ""
            : Cut(Key(words[^1]) + PersonNameSeparator + Key(string.Join(' ', words[..^1])));
    }

    /// <summary>Orders titles and names as written by <see cref="Key"/>; equal keys by the ordinal NFC text.</summary>
    public static IComparer<string?> Comparer { get; } = new KeyComparer(Key);

    /// <summary>Orders people's full names by <see cref="PersonNameKey"/>; equal keys by the ordinal NFC text.</summary>
    public static IComparer<string?> PersonNameComparer { get; } = new KeyComparer(PersonNameKey);

    private static string Cut(string key) => key.Length <= MaxKeyLength ? key : key[..MaxKeyLength];

    /// <summary>The letter's code in the key, or null when it separates words.</summary>
    private static string? Code(VietnameseText.Letter letter)
    {
        if (VietnameseText.IsD(letter.Base))
        {
            return "d{";
        }
        var rune = Rune.ToLowerInvariant(letter.Base);
        var value = rune.Value;
        if (value is >= '0' and <= '9')
        {
            return ((char)value).ToString();
        }
        if (value is >= 'a' and <= 'z')
        {
            var c = (char)value;
            return (c, letter.VowelMark) switch
            {
                ('a', VietnameseText.Breve) => "a{",
                ('a', VietnameseText.Circumflex) => "a|",
                ('e', VietnameseText.Circumflex) => "e{",
                ('o', VietnameseText.Circumflex) => "o{",
                ('o', VietnameseText.Horn) => "o|",
                ('u', VietnameseText.Horn) => "u{",
                _ => c.ToString(),
            };
        }
        // Other scripts and letters (ø, ß, 中): after z, in code point order.
        return Rune.IsLetterOrDigit(rune) ? "z}" + value.ToString("X6") : null;
    }

    private sealed class KeyComparer(Func<string, string> key) : IComparer<string?>
    {
        public int Compare(string? x, string? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }
            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }
            var byKey = string.CompareOrdinal(key(x), key(y));
            return byKey != 0
                ? byKey
                : string.CompareOrdinal(x.Normalize(NormalizationForm.FormC), y.Normalize(NormalizationForm.FormC));
        }
    }
}
