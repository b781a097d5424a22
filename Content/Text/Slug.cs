using System.Text;

namespace ThiDuaCms.Content.Text;

/// <summary>URL slugs for Vietnamese titles: "Điển hình tiên tiến" → "dien-hinh-tien-tien".</summary>
public static class Slug
{
    public const int MaxLength = 80;

    /// <summary>Folds diacritics (đ→d), lower-cases, and joins words with single hyphens.</summary>
    public static string From(string text)
    {
        var folded = VietnameseText.Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return Shorten(builder.ToString());
    }

    /// <summary>True when the text is already a well-formed slug.</summary>
    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && From(slug) == slug;

    /// <summary>
    /// The first of "slug", "slug-2", "slug-3", … that <paramref name="isTaken"/> rejects;
    /// an empty slug becomes <paramref name="fallback"/>.
    /// </summary>
    public static async Task<string> MakeUniqueAsync(string slug, Func<string, Task<bool>> isTaken, string fallback = "bai-viet")
    {
        var root = string.IsNullOrEmpty(slug) ? fallback : slug;
        var candidate = root;
        for (var n = 2; await isTaken(candidate); n++)
        {
            var suffix = "-" + n;
            candidate = Shorten(root, MaxLength - suffix.Length) + suffix;
        }
        return candidate;
    }

    // Cut on a word boundary so a long title does not end in half a word.
    private static string Shorten(string slug, int max = MaxLength)
    {
        if (slug.Length <= max)
        {
            return slug;
        }
        if (slug[max] == '-')
        {
            // The cut falls between two words: keep every whole word.
            return slug[..max];
        }
        var cut = slug[..max];
        var lastHyphen = cut.LastIndexOf('-');
        return (lastHyphen > max / 2 ? cut[..lastHyphen] : cut).TrimEnd('-');
    }
}
