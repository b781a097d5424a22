namespace ThiDuaCms.Content.Media;

/// <summary>An uploaded image. The original and its variants live in media storage under <see cref="StoredName"/>.</summary>
public sealed class MediaAsset
{
    public int Id { get; set; }
    /// <summary>Generated file name; never derived from what the uploader typed.</summary>
    public string StoredName { get; set; } = "";
    public string OriginalFileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }
    public long ByteSize { get; set; }
    public string AltText { get; set; } = "";
    public string? Title { get; set; }
    public string? Credit { get; set; }
    public DateTime UploadedAt { get; set; }
    /// <summary>
    /// Widths of the variants generated at upload, ascending (each in WebP and JPEG). A srcset names these, not the
    /// widths configured today, which may have changed since.
    /// </summary>
    public int[] VariantWidths { get; set; } = [];
}
