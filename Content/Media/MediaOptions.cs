using Microsoft.Extensions.Options;

namespace ThiDuaCms.Content.Media;

/// <summary>Limits and sizes of the media library, bound from the "Media" section.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";
    private const long Megabyte = 1024 * 1024;

    /// <summary>Largest accepted file, in bytes (20 MB by default).</summary>
    public long MaxUploadBytes { get; set; } = 20 * Megabyte;

    /// <summary>Largest accepted image, in pixels (width × height), checked from the header before any decoding.</summary>
    public long MaxPixels { get; set; } = 50_000_000;

    private static readonly int[] DefaultWidths = [320, 800, 1600];

    /// <summary>
    /// Widths of the responsive variants, each made in WebP and JPEG when the original is at least that wide;
    /// 320, 800 and 1600 when not configured. (Null by default because the configuration binder appends to an
    /// array that already has items instead of replacing them.)
    /// </summary>
    public int[]? Widths { get; set; }

    /// <summary>The configured <see cref="Widths"/>, or the defaults.</summary>
    public IReadOnlyList<int> VariantWidths => Widths is { Length: > 0 } widths ? widths : DefaultWidths;

    /// <summary>How many files one upload form may carry.</summary>
    public int MaxFilesPerUpload { get; set; } = 10;

    /// <summary>How many images the process decodes at once; further uploads wait their turn (memory stays bounded).</summary>
    public int MaxConcurrentDecodes { get; set; } = 2;

    /// <summary>What one upload request may weigh in all: every file at its limit, plus room for the form itself.</summary>
    public long MaxRequestBytes => (MaxUploadBytes * MaxFilesPerUpload) + Megabyte;

    /// <summary>Returns the first problem with these settings, in Vietnamese, or null when they are usable.</summary>
    public string? Validate()
    {
        if (MaxUploadBytes is < 1024 or > 1024 * Megabyte)
        {
            return "Media:MaxUploadBytes phải nằm trong khoảng 1 KB – 1 GB.";
        }
        if (MaxPixels is < 1 or > 1_000_000_000)
        {
            return "Media:MaxPixels phải nằm trong khoảng 1 – 1.000.000.000.";
        }
        if (VariantWidths.Any(w => w is < 16 or > 8192))
        {
            return "Media:Widths: mỗi bề rộng phải trong khoảng 16–8192 điểm ảnh.";
        }
        if (VariantWidths.Distinct().Count() != VariantWidths.Count)
        {
            return "Media:Widths không được lặp lại.";
        }
        if (MaxFilesPerUpload is < 1 or > 100)
        {
            return "Media:MaxFilesPerUpload phải nằm trong khoảng 1–100.";
        }
        if (MaxConcurrentDecodes is < 1 or > 64)
        {
            return "Media:MaxConcurrentDecodes phải nằm trong khoảng 1–64.";
        }
        return null;
    }

    /// <summary>
    /// The variant widths for an original <paramref name="originalWidth"/> pixels wide, smallest first: the configured
    /// widths that need no upscaling, or the original width alone when it is narrower than all of them.
    /// </summary>
    public IReadOnlyList<int> WidthsFor(int originalWidth)
    {
        var widths = VariantWidths.Where(w => w <= originalWidth).Order().ToList();
        return widths.Count > 0 ? widths : [Math.Max(1, originalWidth)];
    }
}

/// <summary>Checks <see cref="MediaOptions"/> at start, with the message naming the setting.</summary>
internal sealed class MediaOptionsValidation : IValidateOptions<MediaOptions>
{
    public ValidateOptionsResult Validate(string? name, MediaOptions options) =>
        options.Validate() is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
}
