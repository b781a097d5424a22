using Microsoft.Extensions.Options;
using NetVips;
using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Tests.Media;

public sealed class ImageVariantsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("thiduacms-variants-").FullName;
    private readonly ImageVariants _variants = new(Options.Create(new MediaOptions()));

    [Fact]
    public void A_4000_by_3000_jpeg_gets_every_width_in_webp_and_jpeg_without_exif_or_gps()
    {
        var source = TestImages.PhotoWithGps;
        using (var original = Image.NewFromBuffer(source))
        {
            // The test image really carries a GPS position, or the assertions below would prove nothing.
            Assert.Contains(original.GetFields(), f => f.StartsWith("exif-ifd3-GPS", StringComparison.Ordinal));
        }

        var result = _variants.Generate(Save(source), ImageFormat.Jpeg);

        Assert.True(result.Succeeded, result.Error);
        var image = result.Value!;
        Assert.Equal((4000, 3000), (image.Width, image.Height));
        Assert.Equal(
            [(1600, 1200, VariantFormat.WebP), (1600, 1200, VariantFormat.Jpeg), (800, 600, VariantFormat.WebP),
             (800, 600, VariantFormat.Jpeg), (320, 240, VariantFormat.WebP), (320, 240, VariantFormat.Jpeg)],
            image.Variants.Select(v => (v.Width, v.Height, v.Format)));
        foreach (var variant in image.Variants)
        {
            AssertDecodesAs(variant, variant.Width, variant.Height);
        }
    }

    [Fact]
    public void A_png_narrower_than_1600_is_not_upscaled_and_keeps_alpha_in_webp()
    {
        var result = _variants.Generate(Save(TestImages.Png(1000, 750)), ImageFormat.Png);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([(800, 600), (800, 600), (320, 240), (320, 240)], result.Value!.Variants.Select(v => (v.Width, v.Height)));
        using var webp = Image.NewFromBuffer(result.Value.Variants.First(v => v.Format == VariantFormat.WebP).Content);
        Assert.True(webp.HasAlpha());
        using var jpeg = Image.NewFromBuffer(result.Value.Variants.First(v => v.Format == VariantFormat.Jpeg).Content);
        // The transparent corner is flattened onto white, not black.
        Assert.True(jpeg.Getpoint(2, 2).All(v => v > 240), "transparent corner should be white");
    }

    [Fact]
    public void An_image_narrower_than_the_smallest_width_gets_one_variant_at_its_own_width()
    {
        var result = _variants.Generate(Save(TestImages.Png(200, 150)), ImageFormat.Png);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([(200, 150, VariantFormat.WebP), (200, 150, VariantFormat.Jpeg)],
            result.Value!.Variants.Select(v => (v.Width, v.Height, v.Format)));
    }

    [Fact]
    public void Exif_orientation_is_applied_so_variants_are_upright()
    {
        // Stored 1200 × 900, EXIF orientation 6 (rotate 90°): the picture is 900 × 1200.
        var result = _variants.Generate(Save(TestImages.Jpeg(1200, 900, orientation: 6)), ImageFormat.Jpeg);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((900, 1200), (result.Value!.Width, result.Value.Height));
        var widest = result.Value.Variants[0];
        Assert.Equal(800, widest.Width);
        Assert.InRange(widest.Height, 1066, 1067);
        AssertDecodesAs(widest, widest.Width, widest.Height);
    }

    [Theory]
    [InlineData("p3")]
    [InlineData("cmyk")]
    public void An_image_with_a_colour_profile_is_converted_to_srgb_and_the_profile_dropped(string profile)
    {
        var source = TestImages.JpegWithProfile(900, 600, profile);
        using (var original = Image.NewFromBuffer(source))
        {
            Assert.Contains("icc-profile-data", original.GetFields());
        }

        var result = _variants.Generate(Save(source), ImageFormat.Jpeg);

        Assert.True(result.Succeeded, result.Error);
        foreach (var variant in result.Value!.Variants)
        {
            AssertDecodesAs(variant, variant.Width, variant.Height);
            using var decoded = Image.NewFromBuffer(variant.Content);
            Assert.Equal((Enums.Interpretation.Srgb, 3), (decoded.Interpretation, decoded.Bands));
        }
    }

    [Fact]
    public void Gif_and_webp_are_accepted()
    {
        Assert.True(_variants.Generate(Save(TestImages.Gif(400, 300)), ImageFormat.Gif).Succeeded);
        Assert.True(_variants.Generate(Save(TestImages.WebP(400, 300)), ImageFormat.WebP).Succeeded);
    }

    [Fact]
    public void A_truncated_jpeg_is_refused_as_corrupt()
    {
        var result = _variants.Generate(Save(TestImages.TruncatedJpeg()), ImageFormat.Jpeg);

        Assert.False(result.Succeeded);
        Assert.Equal("Tệp ảnh bị hỏng hoặc không đầy đủ.", result.Error);
    }

    [Fact]
    public void A_png_declaring_60000_by_60000_pixels_is_refused_from_its_header()
    {
        var result = _variants.Generate(Save(TestImages.PngDeclaring(60_000, 60_000)), ImageFormat.Png);

        Assert.False(result.Succeeded);
        Assert.Equal("Ảnh quá lớn: tối đa 50 megapixel (ảnh này 3600 megapixel).", result.Error);
    }

    [Fact]
    public void Content_that_does_not_match_the_sniffed_format_is_refused()
    {
        var result = _variants.Generate(Save(TestImages.Png(100, 100)), ImageFormat.Jpeg);

        Assert.False(result.Succeeded);
        Assert.Equal(MediaMessages.Corrupt, result.Error);
    }

    private static void AssertDecodesAs(EncodedVariant variant, int width, int height)
    {
        Assert.Equal(variant.Format == VariantFormat.WebP ? ImageFormat.WebP : ImageFormat.Jpeg, ImageSniffer.Detect(variant.Content));
        using var decoded = Image.NewFromBuffer(variant.Content);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        var fields = decoded.GetFields();
        Assert.DoesNotContain(fields, f => f.StartsWith("exif", StringComparison.Ordinal));
        Assert.DoesNotContain(fields, f => f.Contains("gps", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("xmp-data", fields);
        Assert.DoesNotContain("icc-profile-data", fields);
        Assert.False(decoded.Contains("orientation") && (int)decoded.Get("orientation") != 1);
    }

    private string Save(byte[] bytes)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
