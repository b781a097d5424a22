namespace ThiDuaCms.Content.Media;

/// <summary>Public URLs of an image's variants, as <c>/media/…</c> serves them.</summary>
public static class ResponsiveImage
{
    public const string UrlPrefix = "/media/";

    public static string Url(string storedName, int width, VariantFormat format) =>
        UrlPrefix + MediaKeys.Variant(storedName, width, format);

    /// <summary>"…-320.webp 320w, …-800.webp 800w" for a <c>srcset</c>.</summary>
    public static string SrcSet(string storedName, IEnumerable<int> widths, VariantFormat format) =>
        string.Join(", ", widths.Select(w => $"{Url(storedName, w, format)} {w}w"));
}
