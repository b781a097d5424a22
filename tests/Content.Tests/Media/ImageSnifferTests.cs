using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Tests.Media;

public class ImageSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, ImageFormat.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, ImageFormat.Png)]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7', (byte)'a' }, ImageFormat.Gif)]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a' }, ImageFormat.Gif)]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'E', (byte)'B', (byte)'P' }, ImageFormat.WebP)]
    public void Detects_the_four_accepted_signatures(byte[] header, ImageFormat expected) =>
        Assert.Equal(expected, ImageSniffer.Detect(header));

    [Fact]
    public void Refuses_svg_html_and_other_riff_files()
    {
        Assert.Null(ImageSniffer.Detect(TestImages.SvgWithScript()));
        Assert.Null(ImageSniffer.Detect(TestImages.Html()));
        Assert.Null(ImageSniffer.Detect("RIFF\0\0\0\0WAVEfmt "u8));
        Assert.Null(ImageSniffer.Detect("BM"u8));
        Assert.Null(ImageSniffer.Detect([]));
        Assert.Null(ImageSniffer.Detect([0xFF, 0xD8]));
    }

    [Fact]
    public void Real_images_made_by_libvips_are_recognized()
    {
        Assert.Equal(ImageFormat.Jpeg, ImageSniffer.Detect(TestImages.Jpeg(40, 30)));
        Assert.Equal(ImageFormat.Png, ImageSniffer.Detect(TestImages.Png(40, 30)));
        Assert.Equal(ImageFormat.Gif, ImageSniffer.Detect(TestImages.Gif(40, 30)));
        Assert.Equal(ImageFormat.WebP, ImageSniffer.Detect(TestImages.WebP(40, 30)));
    }
}
