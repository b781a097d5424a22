using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Text;

public class VietnameseNumberTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(7, "7")]
    [InlineData(1234, "1.234")]
    [InlineData(20000, "20.000")]
    [InlineData(1234567, "1.234.567")]
    [InlineData(-1500, "-1.500")]
    public void Thousands_are_grouped_with_dots(int value, string expected) =>
        Assert.Equal(expected, VietnameseNumber.Of(value));

    [Fact]
    public void Decimals_follow_a_comma() =>
        Assert.Equal("1.234,5", VietnameseNumber.Of(1234.5m));
}
