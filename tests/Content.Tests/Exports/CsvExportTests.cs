using System.Globalization;
using System.Text;
using CsvHelper;
using ThiDuaCms.Content.Exports;

namespace ThiDuaCms.Content.Tests.Exports;

public class CsvExportTests
{
    private static readonly string[] Header = ["Họ và tên", "Khoa/phòng", "Danh hiệu", "Thành tích"];

    private static async Task<byte[]> ExportAsync(ExportTable table)
    {
        using var output = new ResponseLikeStream();
        await CsvExport.WriteAsync(table, output, CancellationToken.None);
        return output.ToArray();
    }

    private static List<string[]> Parse(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { HasHeader = false, Separator = ',' });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }
        return records;
    }

    [Fact]
    public async Task Rows_parse_back_with_Vietnamese_intact()
    {
        string[][] rows =
        [
            ["Đặng Văn Hoà", "Khoa Y học cổ truyền", "Chiến sĩ thi đua cơ sở", "Hoàn thành xuất sắc nhiệm vụ, có sáng kiến \"Xanh – Sạch – Đẹp\""],
            ["Nguyễn Thị Lân", "Phòng Đào tạo – NCKH, Chỉ đạo tuyến", "Lao động tiên tiến", "Dòng một\r\ndòng hai"],
            ["Khoa Phục hồi chức năng", "", "Tập thể lao động xuất sắc", ""],
        ];

        var csv = await ExportAsync(new ExportTable("Vinh danh", Header, rows));

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Equal([Header, .. rows], Parse(csv));
    }

    [Fact]
    public async Task Records_are_comma_separated_and_end_with_CRLF()
    {
        var csv = await ExportAsync(new ExportTable("x", ["a", "b"], [["1", "2"], ["x,y", "z"]]));

        Assert.Equal("a,b\r\n1,2\r\n\"x,y\",z\r\n", Encoding.UTF8.GetString(csv[3..]));
    }

    [Fact]
    public async Task Formula_cells_are_neutralised_and_other_cells_kept()
    {
        string[] dangerous = ["=HYPERLINK(\"http://x\",\"Bấm\")", "+84 258 3822", "-2+3", "@SUM(A1)", "\t=1", "\r=1"];
        string[] harmless = ["a=b", "Lê Văn A", "'đã có nháy", " =khoảng trắng"];

        var csv = await ExportAsync(new ExportTable("x", ["Ô"], dangerous.Concat(harmless).Select(cell => new[] { cell })));

        var cells = Parse(csv).Skip(1).Select(record => Assert.Single(record)).ToList();
        Assert.Equal(dangerous.Select(cell => "'" + cell).Concat(harmless), cells);
    }

    [Fact]
    public async Task Header_and_heading_lines_are_neutralised_too()
    {
        var table = new ExportTable("x", ["=tiêu đề"], [["1"]]) { Headings = ["-DANH SÁCH"] };

        var records = Parse(await ExportAsync(table));

        Assert.Equal([["'-DANH SÁCH"], ["'=tiêu đề"], ["1"]], records);
    }

    [Fact]
    public async Task Decomposed_text_is_written_in_NFC()
    {
        var nfd = "Nguyễn Thị Hoà".Normalize(NormalizationForm.FormD);

        var cell = Parse(await ExportAsync(new ExportTable("x", ["Tên"], [[nfd]])))[1][0];

        Assert.Equal("Nguyễn Thị Hoà", cell);
        Assert.True(cell.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task Heading_lines_come_before_the_header_and_null_cells_are_empty()
    {
        var table = new ExportTable("x", ["Năm", "Số lượng"], [["2024", null]])
        {
            Headings = ["DANH SÁCH KHEN THƯỞNG", "Năm 2024 – Khoa Nội"],
        };

        var records = Parse(await ExportAsync(table));

        Assert.Equal([["DANH SÁCH KHEN THƯỞNG"], ["Năm 2024 – Khoa Nội"], ["Năm", "Số lượng"], ["2024", ""]], records);
    }

    [Fact]
    public async Task Twenty_thousand_rows_stream_out_before_the_rows_are_all_read()
    {
        using var output = new ResponseLikeStream();
        long receivedHalfway = -1;
        async IAsyncEnumerable<IReadOnlyList<string?>> Rows()
        {
            for (var i = 1; i <= 20_000; i++)
            {
                if (i == 10_000)
                {
                    receivedHalfway = output.Received;
                }
                yield return [i.ToString(CultureInfo.InvariantCulture), $"Nguyễn Văn Thành {i}", "Lao động tiên tiến"];
                await Task.Yield();
            }
        }

        await CsvExport.WriteAsync(new ExportTable("x", ["STT", "Họ và tên", "Danh hiệu"], Rows()), output, CancellationToken.None);

        Assert.True(receivedHalfway > 100_000, $"only {receivedHalfway} bytes were out when row 10,000 was read");
        var records = Parse(output.ToArray());
        Assert.Equal(20_001, records.Count);
        Assert.Equal(["20000", "Nguyễn Văn Thành 20000", "Lao động tiên tiến"], records[^1]);
    }

    [Fact]
    public async Task A_cancelled_download_stops_reading_rows()
    {
        using var cancellation = new CancellationTokenSource();
        var read = 0;
        async IAsyncEnumerable<IReadOnlyList<string?>> Rows([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
        {
            for (var i = 0; i < 20_000; i++)
            {
                ct.ThrowIfCancellationRequested();
                if (++read == 500)
                {
                    await cancellation.CancelAsync();
                }
                yield return [$"Dòng {i}"];
                await Task.Yield();
            }
        }
        using var output = new ResponseLikeStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            CsvExport.WriteAsync(new ExportTable("x", ["Ô"], Rows()), output, cancellation.Token));

        Assert.Equal(500, read);
    }
}
