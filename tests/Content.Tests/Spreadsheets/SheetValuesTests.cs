using ThiDuaCms.Content.Spreadsheets;

namespace ThiDuaCms.Content.Tests.Spreadsheets;

public class SheetValuesTests
{
    private const string Label = "Ngày quyết định";

    [Theory]
    [InlineData("5/3/2024")]
    [InlineData("05/03/2024")]
    [InlineData("5-3-2024")]
    [InlineData("05.03.2024")]
    [InlineData("2024-03-05")]
    public void Text_dates_read_day_first(string text) =>
        Assert.Equal(new DateOnly(2024, 3, 5), SheetValues.Date(new SheetCell(text), Label).Value);

    [Fact]
    public void A_date_cell_reads_as_its_date() =>
        Assert.Equal(new DateOnly(2024, 12, 20), SheetValues.Date(new SheetCell("20/12/2024", new DateTime(2024, 12, 20)), Label).Value);

    [Fact]
    public void The_29th_of_February_exists_in_a_leap_year_only()
    {
        Assert.True(SheetValues.Date(new SheetCell("29/02/2024"), Label).Succeeded);
        Assert.Equal(SpreadsheetMessages.NoSuchDay(Label, "29/02/2023", 2, 2023), SheetValues.Date(new SheetCell("29/02/2023"), Label).Error);
    }

    [Fact]
    public void An_impossible_date_is_refused_with_the_reason()
    {
        var result = SheetValues.Date(new SheetCell("31/02/2024"), Label);

        Assert.False(result.Succeeded);
        Assert.Equal("Ngày quyết định “31/02/2024” không có thật: tháng 2/2024 chỉ có 29 ngày.", result.Error);
        Assert.Equal("Ngày quyết định “15/13/2024” không có thật: không có tháng 13.", SheetValues.Date(new SheetCell("15/13/2024"), Label).Error);
        Assert.False(SheetValues.Date(new SheetCell("31/04/2024"), Label).Succeeded);
        Assert.False(SheetValues.Date(new SheetCell("0/04/2024"), Label).Succeeded);
    }

    [Theory]
    [InlineData("ngày 5 tháng 3")]
    [InlineData("5/3/24")]
    [InlineData("05/03-2024")]
    [InlineData("45366")]
    [InlineData("=DATE(2024,3,5)")]
    public void Text_that_is_no_date_is_refused(string text) =>
        Assert.Equal(SpreadsheetMessages.DateFormat(Label, text), SheetValues.Date(new SheetCell(text), Label).Error);

    [Fact]
    public void An_empty_date_is_refused() =>
        Assert.Equal("Ngày quyết định: chưa có ngày.", SheetValues.Date(SheetCell.Empty, Label).Error);

    [Theory]
    [InlineData("2024")]
    [InlineData("2024.0")]
    [InlineData("2024,0")]
    public void Years_read_as_integers(string text) =>
        Assert.Equal(2024, SheetValues.Year(new SheetCell(text), "Năm").Value);

    [Theory]
    [InlineData("20x4")]
    [InlineData("24")]
    [InlineData("2024.5")]
    [InlineData("Năm 2024")]
    [InlineData("0999")]
    public void Text_that_is_no_year_is_refused(string text) =>
        Assert.Equal($"Năm “{text}” phải là một năm gồm 4 chữ số (ví dụ 2024).", SheetValues.Year(new SheetCell(text), "Năm").Error);

    [Fact]
    public void An_empty_year_is_refused() =>
        Assert.Equal("Năm: chưa có năm.", SheetValues.Year(default, "Năm").Error);
}
