using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ThiDuaCms.Content.Spreadsheets;

namespace ThiDuaCms.Content.Tests.Spreadsheets;

/// <summary>What a clerk may upload by mistake is refused with a Vietnamese message, before anything is parsed.</summary>
public class SpreadsheetReaderTests
{
    private static readonly byte[] Good = TestWorkbooks.Build(false, new TestSheet("Sheet1",
        [Reading.Header, ["Nguyễn Thị Lan", "Điều dưỡng", "Khoa Nhi", "Lao động tiên tiến", "Giám đốc Bệnh viện", 2024, "35/QĐ-BV", "08/01/2025"]]));

    [Theory]
    [InlineData("a.xlsx")]
    [InlineData("a.csv")]
    public async Task A_zero_byte_file_is_refused(string fileName)
    {
        var result = await Reading.ReadAsync([], fileName);

        Assert.False(result.Succeeded);
        Assert.Equal(SpreadsheetMessages.EmptyFile, result.Error);
    }

    [Theory]
    [InlineData("khen-thuong.xls")]
    [InlineData("khen-thuong.xlsx")]
    [InlineData("khen-thuong.csv")]
    public async Task A_legacy_xls_is_asked_to_be_saved_as_xlsx(string fileName)
    {
        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var result = await Reading.ReadAsync(compoundFile, fileName);

        Assert.Equal(SpreadsheetMessages.LegacyXls, result.Error);
        Assert.Contains(".xlsx", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_page_named_xls_is_asked_to_be_saved_as_xlsx_too() =>
        Assert.Equal(SpreadsheetMessages.LegacyXls,
            (await Reading.ReadAsync(Encoding.UTF8.GetBytes("<html><table><tr><td>Họ và tên</td></tr></table></html>"), "bao-cao.xls")).Error);

    public static TheoryData<string, byte[]> NotWorkbooks => new()
    {
        { "html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><table><tr><td>Họ và tên</td></tr></table></body></html>") },
        { "zip without a workbook", TestWorkbooks.ZipWithoutWorkbook() },
        { "truncated workbook", Good[..(Good.Length / 2)] },
        { "zip signature then noise", [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)0x41, 300)] },
    };

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public async Task A_file_renamed_xlsx_that_is_no_workbook_is_refused(string kind, byte[] bytes)
    {
        var result = await Reading.ReadAsync(bytes, "khen-thuong.xlsx");

        Assert.False(result.Succeeded, kind);
        Assert.Equal(SpreadsheetMessages.NotAWorkbook, result.Error);
    }

    [Fact]
    public async Task The_good_workbook_of_these_tests_reads() =>
        Assert.Single((await Reading.ReadAsync(Good, "khen-thuong.xlsx")).Table().Rows);

    [Theory]
    [InlineData("khen-thuong.pdf")]
    [InlineData("khen-thuong")]
    [InlineData("khen-thuong.ods")]
    public async Task Other_file_types_are_refused(string fileName) =>
        Assert.Equal(SpreadsheetMessages.UnsupportedType, (await Reading.ReadAsync(Good, fileName)).Error);

    [Fact]
    public async Task A_workbook_named_xls_reads_as_the_workbook_it_is() =>
        Assert.Single((await Reading.ReadAsync(Good, "khen-thuong.xls")).Table().Rows);

    [Fact]
    public async Task The_extension_is_matched_whatever_its_case() =>
        Assert.True((await Reading.ReadAsync(Good, "KHEN-THUONG.XLSX")).Succeeded);

    [Fact]
    public async Task A_file_over_the_size_bound_is_refused_whether_or_not_the_stream_knows_its_length()
    {
        var limits = new SpreadsheetLimits(maxBytes: Good.Length - 1, maxRows: 100);
        var reader = new SpreadsheetReader(NullLogger<SpreadsheetReader>.Instance);

        var seekable = await reader.ReadAsync(new MemoryStream(Good), "a.xlsx", Reading.CommendationFields, limits);
        var unseekable = await reader.ReadAsync(new ForwardOnlyStream(Good), "a.xlsx", Reading.CommendationFields, limits);
        var fits = await reader.ReadAsync(new ForwardOnlyStream(Good), "a.xlsx", Reading.CommendationFields,
            new SpreadsheetLimits(Good.Length, 100));

        Assert.Equal(SpreadsheetMessages.TooLarge(Good.Length - 1), seekable.Error);
        Assert.Equal(SpreadsheetMessages.TooLarge(Good.Length - 1), unseekable.Error);
        Assert.True(fits.Succeeded, fits.Error);
    }

    [Fact]
    public void The_size_message_names_the_bound_in_megabytes() =>
        Assert.Equal("Tệp quá lớn: tối đa 10 MB.", SpreadsheetMessages.TooLarge(10 * 1024 * 1024));

    [Fact]
    public async Task A_cancelled_read_stops() =>
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new SpreadsheetReader(NullLogger<SpreadsheetReader>.Instance).ReadAsync(new ForwardOnlyStream(Good), "a.xlsx",
                Reading.CommendationFields, Reading.Limits, new CancellationToken(canceled: true)));

    /// <summary>An upload body: readable once, front to back, length unknown.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
