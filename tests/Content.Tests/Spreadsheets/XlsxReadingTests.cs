using System.Text;
using ThiDuaCms.Content.Spreadsheets;

namespace ThiDuaCms.Content.Tests.Spreadsheets;

public class XlsxReadingTests
{
    private static readonly object?[] Lan =
        ["Nguyễn Thị Lan", "Điều dưỡng trưởng", "Khoa Nhi", "Chiến sĩ thi đua cơ sở", "Giám đốc Sở Y tế", 2024, "152/QĐ-SYT",
            new DateValue(new DateTime(2024, 12, 20)), "Đổi mới phong cách thái độ phục vụ", "Hoàn thành xuất sắc nhiệm vụ"];
    private static readonly object?[] Hoa =
        ["Đặng Văn Hòa", "Bác sĩ", "Khoa Ngoại", "Lao động tiên tiến", "Giám đốc Bệnh viện", 2024, "35/QĐ-BV",
            new DateValue(new DateTime(2025, 1, 8)), null, "Hoàn thành tốt nhiệm vụ"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reads_the_header_and_rows_with_the_row_numbers_Excel_shows(bool inlineStrings)
    {
        // Row 3 is blank (an empty <row/>), row 5 is not written at all: the rows keep the numbers the clerk sees.
        var bytes = TestWorkbooks.Build(inlineStrings, new TestSheet("Danh sách", [Reading.Header, Lan, [], Hoa, null, Lan]));

        var table = (await Reading.ReadAsync(bytes, "khen-thuong.xlsx")).Table();

        Assert.Equal("Danh sách", table.SheetName);
        Assert.Equal(1, table.HeaderRowNumber);
        Assert.True(table.Headers.HasAllRequired);
        Assert.Equal(Reading.Header, table.Headers.Headers);
        Assert.Equal([2, 4, 6], table.Rows.Select(r => r.Number));
        var lan = table.Rows[0];
        Assert.Equal("Nguyễn Thị Lan", lan["FullName"].Text);
        Assert.Equal("Khoa Nhi", lan["Department"].Text);
        Assert.Equal("2024", lan["Year"].Text);
        Assert.Equal("152/QĐ-SYT", lan["DecisionNumber"].Text);
        Assert.Equal(new DateTime(2024, 12, 20), lan["DecisionDate"].Date);
        Assert.Equal("20/12/2024", lan["DecisionDate"].Text);
        Assert.Equal("", table.Rows[1]["Movement"].Text);
        Assert.Equal("Đặng Văn Hòa", table.Rows[1]["FullName"].Text);
    }

    [Fact]
    public async Task Inline_strings_as_LibreOffice_writes_them_read_like_shared_strings()
    {
        var rows = new[] { Reading.Header, Lan, Hoa };
        var shared = (await Reading.ReadAsync(TestWorkbooks.Build(false, new TestSheet("Sheet1", rows)), "a.xlsx")).Table();
        var inline = (await Reading.ReadAsync(TestWorkbooks.Build(true, new TestSheet("Sheet1", rows)), "a.xlsx")).Table();

        Assert.Equal(shared.Rows.Select(r => r.Cells), inline.Rows.Select(r => r.Cells), new CellsComparer());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rich_text_reads_as_its_runs_joined_without_phonetic_hints(bool inlineStrings)
    {
        var bytes = TestWorkbooks.Build(inlineStrings, new TestSheet("Sheet1",
            [Reading.Header, [new RichText(["Nguyễn ", "Thị", " Lan"], Phonetic: "ガン"), null, new RichText(["Khoa Nhi"])]]));

        var row = (await Reading.ReadAsync(bytes, "a.xlsx")).Table().Rows.Single();

        Assert.Equal("Nguyễn Thị Lan", row["FullName"].Text);
        Assert.Equal("Khoa Nhi", row["Department"].Text);
    }

    [Fact]
    public async Task Cells_without_references_are_read_in_order()
    {
        var bytes = TestWorkbooks.Build(inlineStrings: true, cellReferences: false, new TestSheet("Sheet1", [Reading.Header, Lan]));

        var row = (await Reading.ReadAsync(bytes, "a.xlsx")).Table().Rows.Single();

        Assert.Equal("Nguyễn Thị Lan", row["FullName"].Text);
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ", row["Citation"].Text);
    }

    [Theory]
    [InlineData(null, 14u)]
    [InlineData(null, 22u)]
    [InlineData("dd/mm/yyyy", 0u)]
    [InlineData("d/m/yy", 0u)]
    [InlineData("dd/mm/yyyy;@", 0u)]
    [InlineData("[$-42A]dd mmmm yyyy", 0u)]
    [InlineData("yyyy\\-mm\\-dd", 0u)]
    [InlineData("\"Ngày \"dd\" tháng \"mm\" năm \"yyyy", 0u)]
    public async Task Date_cells_read_as_dates_whatever_their_number_format(string? format, uint builtin)
    {
        var bytes = TestWorkbooks.Build(false, new TestSheet("Sheet1",
            [Reading.Header, [.. Lan[..7], new DateValue(new DateTime(2024, 3, 5), format, builtin)]]));

        var cell = (await Reading.ReadAsync(bytes, "a.xlsx")).Table().Rows.Single()["DecisionDate"];

        Assert.Equal(new DateTime(2024, 3, 5), cell.Date);
        Assert.Equal("05/03/2024", cell.Text);
        Assert.Equal(new DateOnly(2024, 3, 5), SheetValues.Date(cell, "Ngày quyết định").Value);
    }

    [Fact]
    public async Task Numbers_read_as_invariant_text_without_binary_noise()
    {
        var bytes = TestWorkbooks.Build(false, new TestSheet("Sheet1",
            [["Năm", "A", "B", "C", "D"], [2024, 0.1 + 0.2, 1234.5, new FormattedNumber(1500000, "#,##0 [$₫-42A]"), new FormattedNumber(0.25, "0.00%")]]));
        var fields = new SheetField[] { new("Year", true, "Năm"), new("A", false, "A"), new("B", false, "B"), new("C", false, "C"), new("D", false, "D") };

        var row = (await Reading.ReadAsync(bytes, "a.xlsx", fields: fields)).Table().Rows.Single();

        Assert.Equal(["2024", "0.3", "1234.5", "1500000", "0.25"], row.Cells.Select(c => c.Text));
        Assert.All(row.Cells, c => Assert.Null(c.Date));
        Assert.Equal(2024, SheetValues.Year(row["Year"], "Năm").Value);
    }

    [Fact]
    public async Task Formula_cells_read_their_cached_value_and_text_starting_with_equals_stays_literal()
    {
        var bytes = TestWorkbooks.Build(false, new TestSheet("Sheet1",
        [
            Reading.Header,
            ["=HYPERLINK(\"http://x\",\"Bấm\")", "+84 912 345 678", new Formula("CONCATENATE(\"Khoa \",\"Nhi\")", "Khoa Nhi"),
                "Lao động tiên tiến", "Giám đốc Bệnh viện", new Formula("YEAR(TODAY())", 2024), "-12/QĐ", null, "@SUM(1)", "=1+1"],
        ]));

        var row = (await Reading.ReadAsync(bytes, "a.xlsx")).Table().Rows.Single();

        Assert.Equal("=HYPERLINK(\"http://x\",\"Bấm\")", row["FullName"].Text);
        Assert.Equal("+84 912 345 678", row["Position"].Text);
        Assert.Equal("Khoa Nhi", row["Department"].Text);
        Assert.Equal("2024", row["Year"].Text);
        Assert.Equal("-12/QĐ", row["DecisionNumber"].Text);
        Assert.Equal("@SUM(1)", row["Movement"].Text);
        Assert.Equal("=1+1", row["Citation"].Text);
    }

    [Fact]
    public async Task The_first_visible_sheet_with_the_expected_headers_is_used()
    {
        var bytes = TestWorkbooks.Build(false,
            new TestSheet("Hướng dẫn", [["Điền mỗi người một dòng ở trang Danh sách."], ["Họ và tên", "Ghi chú"]]),
            new TestSheet("Danh mục", [Reading.Header, Hoa], Hidden: true),
            new TestSheet("Trống", []),
            new TestSheet("Danh sách", [Reading.Header, Lan]),
            new TestSheet("Năm trước", [Reading.Header, Hoa]));

        var table = (await Reading.ReadAsync(bytes, "a.xlsx")).Table();

        Assert.Equal("Danh sách", table.SheetName);
        Assert.Equal("Nguyễn Thị Lan", table.Rows.Single()["FullName"].Text);
    }

    [Fact]
    public async Task Title_rows_above_the_header_are_passed_over()
    {
        var bytes = TestWorkbooks.Build(false, new TestSheet("Sheet1",
        [
            ["SỞ Y TẾ", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 2024"],
            null,
            ["STT", .. Reading.Header],
            [1, .. Lan],
        ]));

        var table = (await Reading.ReadAsync(bytes, "a.xlsx")).Table();

        Assert.Equal(4, table.HeaderRowNumber);
        Assert.Equal(5, table.Rows.Single().Number);
        Assert.Equal("Nguyễn Thị Lan", table.Rows.Single()["FullName"].Text);
        Assert.Equal("STT", Assert.Single(table.Headers.Ignored).Header);
    }

    [Fact]
    public async Task When_no_sheet_has_every_required_header_the_closest_is_read_and_the_missing_ones_named()
    {
        var bytes = TestWorkbooks.Build(false,
            new TestSheet("Ghi chú", [["Ghi chú"], ["Tệp gửi Sở Y tế"]]),
            new TestSheet("Danh sách", [["Họ tên", "Khoa phòng", "Danh hiệu"], ["Nguyễn Thị Lan", "Khoa Nhi", "Lao động tiên tiến"]]));

        var table = (await Reading.ReadAsync(bytes, "a.xlsx")).Table();

        Assert.Equal("Danh sách", table.SheetName);
        Assert.False(table.Headers.HasAllRequired);
        Assert.Equal(["Authority", "Year", "DecisionNumber", "DecisionDate"], table.Headers.Missing.Select(f => f.Key));
    }

    [Fact]
    public async Task Decomposed_and_oddly_spaced_cells_arrive_composed_and_collapsed()
    {
        var nfd = "Nguyễn  Thị\u00A0Thủy ".Normalize(NormalizationForm.FormD);
        var bytes = TestWorkbooks.Build(false, new TestSheet("Sheet1",
            [Reading.Header.Select(h => h.Normalize(NormalizationForm.FormD)).ToArray<object?>(), [nfd, null, "Khoa\nHồi sức_x000D_ tích cực"]]));

        var table = (await Reading.ReadAsync(bytes, "a.xlsx")).Table();

        Assert.True(table.Headers.HasAllRequired);
        var row = table.Rows.Single();
        Assert.Equal("Nguyễn Thị Thủy", row["FullName"].Text);
        Assert.True(row["FullName"].Text.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Khoa Hồi sức tích cực", row["Department"].Text);
        Assert.True(row["Position"].IsEmpty);
    }

    [Fact]
    public async Task An_empty_workbook_is_refused()
    {
        var result = await Reading.ReadAsync(TestWorkbooks.Build(false, new TestSheet("Sheet1", []), new TestSheet("Sheet2", [null, [null, null]])), "a.xlsx");

        Assert.False(result.Succeeded);
        Assert.Equal(SpreadsheetMessages.EmptyWorkbook, result.Error);
    }

    [Fact]
    public async Task A_workbook_with_only_its_header_is_refused()
    {
        var result = await Reading.ReadAsync(TestWorkbooks.Build(true, new TestSheet("Sheet1", [null, Reading.Header, null])), "a.xlsx");

        Assert.Equal(SpreadsheetMessages.HeaderOnly(2), result.Error);
    }

    [Fact]
    public async Task More_rows_than_the_bound_are_refused()
    {
        var bytes = TestWorkbooks.Build(false, new TestSheet("Sheet1", [Reading.Header, Lan, Hoa, Lan]));

        var refused = await Reading.ReadAsync(bytes, "a.xlsx", new SpreadsheetLimits(1024 * 1024, maxRows: 2));
        var read = await Reading.ReadAsync(bytes, "a.xlsx", new SpreadsheetLimits(1024 * 1024, maxRows: 3));

        Assert.Equal(SpreadsheetMessages.TooManyRows(2), refused.Error);
        Assert.Contains("tối đa 2 dòng", refused.Error, StringComparison.Ordinal);
        Assert.Equal(3, read.Table().Rows.Count);
    }

    [Fact]
    // How fast is bench/ThiDuaCms.Bench.Sheets's figure, not a test's: this one checks that a large file reads whole.
    public async Task Five_thousand_rows_read_whole_with_their_excel_row_numbers()
    {
        var rows = new List<object?[]?> { Reading.Header };
        for (var i = 0; i < 5000; i++)
        {
            rows.Add([$"Nguyễn Văn {i}", "Bác sĩ", $"Khoa {i % 40}", "Lao động tiên tiến", "Giám đốc Bệnh viện", 2024,
                $"{i}/QĐ-BV", new DateValue(new DateTime(2024, 12, 20), "dd/mm/yyyy"), "Phong trào", $"Thành tích {i}"]);
        }
        var bytes = TestWorkbooks.Build(false, new TestSheet("Sheet1", [.. rows]));

        var table = (await Reading.ReadAsync(bytes, "a.xlsx")).Table();

        Assert.Equal(5000, table.Rows.Count);
        Assert.Equal(5001, table.Rows[^1].Number);
        Assert.Equal("Nguyễn Văn 4999", table.Rows[^1]["FullName"].Text);
        Assert.Equal(new DateTime(2024, 12, 20), table.Rows[^1]["DecisionDate"].Date);
    }

    private sealed class CellsComparer : IEqualityComparer<IReadOnlyList<SheetCell>>
    {
        public bool Equals(IReadOnlyList<SheetCell>? x, IReadOnlyList<SheetCell>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(IReadOnlyList<SheetCell> obj) => obj.Count;
    }
}
