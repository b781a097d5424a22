using Microsoft.Extensions.Configuration;
using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Tests.Media;

public class MediaOptionsTests
{
    [Theory]
    [InlineData(4000, new[] { 320, 800, 1600 })]
    [InlineData(1600, new[] { 320, 800, 1600 })]
    [InlineData(1000, new[] { 320, 800 })]
    [InlineData(320, new[] { 320 })]
    [InlineData(200, new[] { 200 })]
    public void Variants_never_upscale_and_there_is_always_one(int originalWidth, int[] expected) =>
        Assert.Equal(expected, new MediaOptions().WidthsFor(originalWidth));

    [Fact]
    public void Configured_widths_replace_the_defaults()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Media:Widths:0"] = "480", ["Media:Widths:1"] = "1200" })
            .Build();
        var options = configuration.GetSection(MediaOptions.Section).Get<MediaOptions>()!;
        Assert.Equal([480, 1200], options.VariantWidths);
        Assert.Null(options.Validate());
    }

    [Fact]
    public void Defaults_are_20_megabytes_and_50_megapixels() =>
        Assert.Equal((20L * 1024 * 1024, 50_000_000L), (new MediaOptions().MaxUploadBytes, new MediaOptions().MaxPixels));

    [Fact]
    public void Unusable_settings_are_named_in_the_message()
    {
        Assert.Contains("MaxUploadBytes", new MediaOptions { MaxUploadBytes = 0 }.Validate());
        Assert.Contains("Widths", new MediaOptions { Widths = [320, 320] }.Validate());
        Assert.Contains("Widths", new MediaOptions { Widths = [4] }.Validate());
        Assert.Contains("MaxPixels", new MediaOptions { MaxPixels = -1 }.Validate());
    }
}
