namespace ThiDuaCms.Content.Media;

/// <summary>
/// Tells an image's format from its first bytes. The file name and the browser's content type are never trusted:
/// an HTML page named photo.jpg or an SVG (which can carry scripts) is simply not one of the four signatures.
/// </summary>
public static class ImageSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 12;

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> Gif87a => "GIF87a"u8;
    private static ReadOnlySpan<byte> Gif89a => "GIF89a"u8;
    private static ReadOnlySpan<byte> Riff => "RIFF"u8;
    private static ReadOnlySpan<byte> WebP => "WEBP"u8;

    /// <summary>The format whose signature <paramref name="header"/> starts with, or null for anything else.</summary>
    public static ImageFormat? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(Jpeg))
        {
            return ImageFormat.Jpeg;
        }
        if (header.StartsWith(Png))
        {
            return ImageFormat.Png;
        }
        if (header.StartsWith(Gif87a) || header.StartsWith(Gif89a))
        {
            return ImageFormat.Gif;
        }
        // RIFF, a 4-byte little-endian size, then WEBP.
        if (header.Length >= HeaderLength && header.StartsWith(Riff) && header[8..12].SequenceEqual(WebP))
        {
            return ImageFormat.WebP;
        }
        return null;
    }

    /// <summary>Reads the first bytes of a file and detects its format.</summary>
    public static async Task<ImageFormat?> DetectAsync(string path, CancellationToken ct = default)
    {
        var header = new byte[HeaderLength];
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, useAsync: true);
        var read = await file.ReadAtLeastAsync(header, HeaderLength, throwOnEndOfStream: false, ct);
        return Detect(header.AsSpan(0, read));
    }
}
