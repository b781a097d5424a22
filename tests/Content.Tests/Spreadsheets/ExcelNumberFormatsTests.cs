using ThiDuaCms.Content.Spreadsheets;

namespace ThiDuaCms.Content.Tests.Spreadsheets;

// The kind is passed by name: NumberKind is internal, and a public test method cannot take it.
public class ExcelNumberFormatsTests
{
    [Theory]
    [InlineData(0u, "Number")]
    [InlineData(3u, "Number")]
    [InlineData(10u, "Number")]
    [InlineData(14u, "Date")]
    [InlineData(17u, "Date")]
    [InlineData(18u, "Time")]
    [InlineData(21u, "Time")]
    [InlineData(22u, "Date")]
    [InlineData(49u, "Number")]
    public void Built_in_formats(uint id, string kind) => Assert.Equal(kind, ExcelNumberFormats.Builtin(id).ToString());

    [Theory]
    [InlineData("dd/mm/yyyy", "Date")]
    [InlineData("d/m/yy", "Date")]
    [InlineData("dd/mm/yyyy;@", "Date")]
    [InlineData("[$-42A]dd mmmm yyyy", "Date")]
    [InlineData("[$-F800]dddd, mmmm dd, yyyy", "Date")]
    [InlineData("mmm", "Date")]
    [InlineData("hh:mm", "Time")]
    [InlineData("[h]:mm:ss", "Time")]
    [InlineData("General", "Number")]
    [InlineData("#,##0.00", "Number")]
    [InlineData("#,##0 [$₫-42A]", "Number")]
    [InlineData("0\" ngày\"", "Number")]
    [InlineData("[Red]#,##0;[Blue]-#,##0", "Number")]
    [InlineData("_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)", "Number")]
    [InlineData("0.00E+00", "Number")]
    [InlineData("@", "Number")]
    public void Custom_formats(string code, string kind) => Assert.Equal(kind, ExcelNumberFormats.Custom(code).ToString());
}
