using System.Text;
using ThiDuaCms.Content.Spreadsheets;

namespace ThiDuaCms.Content.Tests.Spreadsheets;

public class HeaderMatchTests
{
    [Fact]
    public void Headers_match_in_any_order_whatever_their_case_spacing_and_unicode_form()
    {
        string[] headers =
        [
            "STT", "  SỐ   QĐ ", "ngày qđ", "Năm", "HỌ VÀ TÊN (*)", "Khoa / Phòng",
            "Danh hiệu/Hình thức".Normalize(NormalizationForm.FormD), "Cấp khen thưởng:", "Ghi chú", "Thành\u00A0tích",
        ];

        var match = HeaderMatch.Match(headers, Reading.CommendationFields);

        Assert.True(match.HasAllRequired);
        Assert.Equal(4, match.ColumnOf("FullName"));
        Assert.Equal(1, match.ColumnOf("DecisionNumber"));
        Assert.Equal(2, match.ColumnOf("DecisionDate"));
        Assert.Equal(3, match.ColumnOf("Year"));
        Assert.Equal(5, match.ColumnOf("Department"));
        Assert.Equal(6, match.ColumnOf("Title"));
        Assert.Equal(7, match.ColumnOf("Authority"));
        Assert.Equal(9, match.ColumnOf("Citation"));
        Assert.Null(match.ColumnOf("Movement"));
        Assert.Equal(["STT", "Ghi chú"], match.Ignored.Select(i => i.Header));
        Assert.Equal(["A", "I"], match.Ignored.Select(i => i.ColumnName));
        Assert.Equal("SỐ QĐ", match.Mapped.Single(m => m.Field.Key == "DecisionNumber").Header);
        Assert.Equal("B", match.Mapped.Single(m => m.Field.Key == "DecisionNumber").ColumnName);
    }

    [Fact]
    public void Tone_placement_does_not_matter_but_tone_marks_do()
    {
        SheetField[] fields = [new("Result", true, "Kết quả hòa giải"), new("Year", false, "Năm")];

        var match = HeaderMatch.Match(["kết quả hoà giải", "Nam"], fields);

        Assert.Equal(0, match.ColumnOf("Result"));
        Assert.Null(match.ColumnOf("Year")); // "Nam" (gender) is not "Năm"
        Assert.Equal("Nam", Assert.Single(match.Ignored).Header);
    }

    [Fact]
    public void A_second_column_naming_a_field_already_mapped_is_ignored()
    {
        var match = HeaderMatch.Match(["Họ tên", "Họ và tên", "Đơn vị"], Reading.CommendationFields);

        Assert.Equal(0, match.ColumnOf("FullName"));
        Assert.Equal(2, match.ColumnOf("Department"));
        Assert.Equal((1, "Họ và tên"), (match.Ignored.Single().Column, match.Ignored.Single().Header));
    }

    [Fact]
    public void Missing_required_fields_are_named_and_missing_optional_ones_are_not()
    {
        var match = HeaderMatch.Match(["Họ và tên", "", "Khoa phòng", "Danh hiệu", "Năm"], Reading.CommendationFields);

        Assert.False(match.HasAllRequired);
        Assert.Equal(["Cấp khen thưởng", "Số quyết định", "Ngày quyết định"], match.Missing.Select(f => f.Label));
        Assert.Empty(match.Ignored); // a column with no header is not reported
    }

    [Fact]
    public void A_header_naming_two_fields_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() =>
            HeaderMatch.Match(["Năm"], [new SheetField("A", true, "Năm"), new SheetField("B", true, " NĂM ")]));

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_named_as_Excel_names_them(int column, string name)
    {
        Assert.Equal(name, SheetColumns.Name(column));
        Assert.Equal(column, SheetColumns.FromReference(name + "12"));
    }
}
