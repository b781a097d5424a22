using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Tests.Media;

public class MediaKeysTests
{
    [Fact]
    public void Variant_names_are_served_with_their_content_type()
    {
        var name = MediaKeys.NewStoredName();
        Assert.Matches("^[0-9a-f]{32}$", name);
        Assert.True(MediaKeys.TryParseVariant(MediaKeys.Variant(name, 800, VariantFormat.WebP), out var webp));
        Assert.Equal("image/webp", webp);
        Assert.True(MediaKeys.TryParseVariant(MediaKeys.Variant(name, 320, VariantFormat.Jpeg), out var jpeg));
        Assert.Equal("image/jpeg", jpeg);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("../thiduacms.db")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("originals/0193a1b2c3d4e5f60718293a4b5c6d7e.jpg")]
    [InlineData("0193a1b2c3d4e5f60718293a4b5c6d7e.jpg")]
    [InlineData("0193a1b2c3d4e5f60718293a4b5c6d7e-800.png")]
    [InlineData("0193A1B2C3D4E5F60718293A4B5C6D7E-800.jpg")]
    [InlineData("0193a1b2c3d4e5f60718293a4b5c6d7e-0800.jpg")]
    [InlineData("0193a1b2c3d4e5f60718293a4b5c6d7e-800.jpg/..")]
    public void Anything_but_a_variant_name_is_refused(string? fileName) =>
        Assert.False(MediaKeys.TryParseVariant(fileName, out _));
}
