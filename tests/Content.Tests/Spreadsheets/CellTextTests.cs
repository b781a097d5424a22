using System.Text;
using ThiDuaCms.Content.Spreadsheets;

namespace ThiDuaCms.Content.Tests.Spreadsheets;

public class CellTextTests
{
    [Theory]
    [InlineData("  Nguyễn   Thị  Lan ", "Nguyễn Thị Lan")]
    [InlineData("Khoa\r\nHồi sức\ttích cực", "Khoa Hồi sức tích cực")]
    [InlineData("\u00A0Bác\u00A0sĩ\u200B", "Bác sĩ")]
    [InlineData("\uFEFFHọ và tên", "Họ và tên")]
    [InlineData("a\u0007b", "ab")]
    [InlineData("=SUM(A1:A2)", "=SUM(A1:A2)")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Cells_are_trimmed_and_their_white_space_collapsed(string text, string expected) =>
        Assert.Equal(expected, CellText.Clean(text));

    [Fact]
    public void Decomposed_text_becomes_composed()
    {
        var nfd = "Điều dưỡng Nguyễn Thị Thủy".Normalize(NormalizationForm.FormD);

        Assert.Equal("Điều dưỡng Nguyễn Thị Thủy", CellText.Clean(nfd));
        Assert.True(CellText.Clean(nfd).IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData(2024d, "2024")]
    [InlineData(0.30000000000000004, "0.3")]
    [InlineData(1234.5, "1234.5")]
    [InlineData(-12d, "-12")]
    [InlineData(123456789012d, "123456789012")]
    public void Numbers_read_as_Excel_shows_them(double value, string expected) =>
        Assert.Equal(expected, CellText.Number(value));
}
