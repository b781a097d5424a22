using Microsoft.Extensions.Options;
using NetVips;

namespace ThiDuaCms.Content.Media;

/// <summary>One encoded variant, ready to store: no metadata at all (no EXIF, GPS, XMP or ICC).</summary>
public sealed record EncodedVariant(int Width, int Height, VariantFormat Format, byte[] Content);

/// <summary>An accepted image: its upright size and its variants, widest first.</summary>
public sealed record ProcessedImage(ImageFormat Format, int Width, int Height, IReadOnlyList<EncodedVariant> Variants);

/// <summary>
/// Checks an image and makes its responsive variants with libvips (NetVips). The pixel limit is checked on the
/// header alone, before a single pixel is decoded, so a small file declaring 60,000 × 60,000 pixels costs nothing.
/// The original is decoded once, shrunk while loading (JPEG shrink-on-load), to the widest variant; the narrower
/// ones are made from that copy in memory.
/// </summary>
public sealed class ImageVariants(IOptions<MediaOptions> options, DecodeGate? gate = null)
{
    private readonly DecodeGate _gate = gate ?? new DecodeGate(options);

    /// <summary>Large enough never to be the limiting side: variants are sized by width only.</summary>
    private const int UnboundedHeight = 10_000_000;
    private const int WebPQuality = 80;
    /// <summary>
    /// libwebp's effort 0–6 (default 4). Measured on a 1600-wide photo: effort 2 takes under half the CPU time of
    /// 4 for files about 4% larger; the upload is waited on by a person, the bytes are cached for a year.
    /// </summary>
    private const int WebPEffort = 2;
    private const int JpegQuality = 82;
    private static readonly double[] White = [255, 255, 255];
    private static readonly Log.LogDelegate IgnoreWarnings = (_, _, _) => { };

    static ImageVariants()
    {
        // Every upload is a different file, so libvips' operation cache would never hit; it would only hold
        // decoded images in memory.
        Cache.Max = 0;
        // A broken upload makes libvips print "error in tile" warnings to stderr; the caller gets the failure
        // as an exception (and the uploader a Vietnamese message), so the console noise helps no one.
        Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning, IgnoreWarnings);
    }

    private MediaOptions Options => options.Value;

    /// <summary>
    /// <see cref="Generate"/> once a decode slot is free (<see cref="DecodeGate"/>): at most
    /// <see cref="MediaOptions.MaxConcurrentDecodes"/> images are decoded at once, the rest wait here.
    /// </summary>
    public async Task<OperationResult<ProcessedImage>> GenerateAsync(string sourcePath, ImageFormat format, CancellationToken ct = default)
    {
        using var slot = await _gate.EnterAsync(ct);
        return Generate(sourcePath, format, ct);
    }

    /// <summary>
    /// Validates the image in <paramref name="sourcePath"/> (already sniffed as <paramref name="format"/>) and
    /// encodes every variant in WebP and JPEG. Fails with a Vietnamese message when it is too large or corrupt.
    /// </summary>
    public OperationResult<ProcessedImage> Generate(string sourcePath, ImageFormat format, CancellationToken ct = default)
    {
        try
        {
            var (width, height, hasColourProfile) = ReadHeader(sourcePath, format);
            var pixels = (long)width * height;
            if (pixels > Options.MaxPixels)
            {
                return OperationResult<ProcessedImage>.Fail(MediaMessages.TooManyPixels(Options.MaxPixels, pixels));
            }
            if (width < 1 || height < 1)
            {
                return OperationResult<ProcessedImage>.Fail(MediaMessages.Corrupt);
            }
            ct.ThrowIfCancellationRequested();
            return OperationResult<ProcessedImage>.Ok(new ProcessedImage(format, width, height, Encode(sourcePath, width, hasColourProfile, ct)));
        }
        catch (VipsException)
        {
            // Truncated data, a bad header, a loader that disagrees with the signature: all the uploader can do
            // is send another file.
            return OperationResult<ProcessedImage>.Fail(MediaMessages.Corrupt);
        }
    }

    /// <summary>
    /// Opens the header only (libvips loads lazily): the size after EXIF rotation, and whether the pixels need a
    /// colour transform to sRGB (an embedded ICC profile, or CMYK, which browsers cannot show).
    /// </summary>
    private static (int Width, int Height, bool HasColourProfile) ReadHeader(string sourcePath, ImageFormat format)
    {
        using var source = Source.NewFromFile(sourcePath);
        using var header = Image.NewFromSource(source, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated);
        if (header.Get("vips-loader") is not string loader || !loader.StartsWith(LoaderPrefix(format), StringComparison.Ordinal))
        {
            throw new VipsException($"Loader does not match the {format} signature.");
        }
        var orientation = header.Contains("orientation") && header.Get("orientation") is int value ? value : 1;
        var hasColourProfile = header.Contains("icc-profile-data") || header.Interpretation == Enums.Interpretation.Cmyk;
        // EXIF orientations 5–8 turn the image a quarter: width and height swap once it is upright.
        return orientation is >= 5 and <= 8
            ? (header.Height, header.Width, hasColourProfile)
            : (header.Width, header.Height, hasColourProfile);
    }

    private static string LoaderPrefix(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpegload",
        ImageFormat.Png => "pngload",
        ImageFormat.WebP => "webpload",
        ImageFormat.Gif => "gifload",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private List<EncodedVariant> Encode(string sourcePath, int uprightWidth, bool hasColourProfile, CancellationToken ct)
    {
        var widths = Options.WidthsFor(uprightWidth).OrderDescending().ToList();
        using var source = Source.NewFromFile(sourcePath);
        // Thumbnail rotates upright by EXIF orientation and fails on truncated data instead of padding the image
        // with grey. From a source, libvips 8.18 takes fail_on only through the loader's option string (the
        // failOn argument is ignored there: a test guards this). The sRGB transform is asked for only when there
        // is a profile to convert from: set unconditionally it costs about 280 ms on a 4000 × 3000 JPEG that is
        // already sRGB, more than the rest of the work together.
        using var thumbnail = Image.ThumbnailSource(source, widths[0], optionString: "fail_on=truncated",
            height: UnboundedHeight, size: Enums.Size.Down, outputProfile: hasColourProfile ? "srgb" : null);
        // Decode once into memory: the whole file is read here, so a truncated file fails before anything is kept.
        using var widest = thumbnail.CopyMemory();
        var variants = new List<EncodedVariant>(widths.Count * 2);
        foreach (var width in widths)
        {
            ct.ThrowIfCancellationRequested();
            using var resized = width == widest.Width
                ? widest.Copy()
                : widest.ThumbnailImage(width, height: UnboundedHeight, size: Enums.Size.Down, noRotate: true);
            variants.Add(new EncodedVariant(resized.Width, resized.Height, VariantFormat.WebP,
                resized.WebpsaveBuffer(q: WebPQuality, effort: WebPEffort, keep: Enums.ForeignKeep.None)));
            // JPEG has no alpha: transparent areas become white rather than libvips' default black.
            variants.Add(new EncodedVariant(resized.Width, resized.Height, VariantFormat.Jpeg,
                resized.JpegsaveBuffer(q: JpegQuality, optimizeCoding: true, interlace: true,
                    keep: Enums.ForeignKeep.None, background: White)));
        }
        return variants;
    }
}
