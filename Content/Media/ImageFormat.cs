namespace ThiDuaCms.Content.Media;

/// <summary>The image formats the library accepts as uploads.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    WebP,
    Gif,
}

/// <summary>The formats each variant is encoded in: WebP for browsers that take it, JPEG for the rest.</summary>
public enum VariantFormat
{
    WebP,
    Jpeg,
}

public static class MediaFormats
{
    public static string ContentType(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.WebP => "image/webp",
        ImageFormat.Gif => "image/gif",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string Extension(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Png => "png",
        ImageFormat.WebP => "webp",
        ImageFormat.Gif => "gif",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string ContentType(this VariantFormat format) => format switch
    {
        VariantFormat.WebP => "image/webp",
        VariantFormat.Jpeg => "image/jpeg",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string Extension(this VariantFormat format) => format switch
    {
        VariantFormat.WebP => "webp",
        VariantFormat.Jpeg => "jpg",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
