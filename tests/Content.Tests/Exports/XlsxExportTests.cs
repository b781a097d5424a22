using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using MiniExcelLibs;
using ThiDuaCms.Content.Exports;

namespace ThiDuaCms.Content.Tests.Exports;

public class XlsxExportTests
{
    private static readonly string[] Header = ["Họ và tên", "Khoa/phòng", "Danh hiệu", "Số quyết định", "Ngày quyết định"];

    private static readonly string[][] Rows =
    [
        ["Đặng Văn Hoà", "Khoa Y học cổ truyền", "Chiến sĩ thi đua cơ sở", "152/QĐ-SYT", "15/03/2024"],
        ["Nguyễn Thị Lân", "Phòng Đào tạo – NCKH & Chỉ đạo tuyến", "=1+2", "0012", "1.234"],
        ["Vũ Thị Thuỷ <Điều dưỡng>", "Khoa Nội", "2024", "-5", "@SUM(A1)"],
    ];

    private static async Task<byte[]> ExportAsync(params ExportTable[] sheets)
    {
        using var output = new ResponseLikeStream();
        await XlsxExport.WriteAsync(sheets, output, CancellationToken.None);
        return output.ToArray();
    }

    private static SpreadsheetDocument Open(byte[] xlsx) => SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);

    [Fact]
    public async Task Cells_parse_back_as_the_same_text_with_Vietnamese_intact()
    {
        using var document = Open(await ExportAsync(new ExportTable("Vinh danh", Header, Rows)));

        var sheet = Assert.Single(XlsxReadBack.Sheets(document));
        Assert.Equal("Vinh danh", sheet.Name);
        Assert.Equal([Header, .. Rows], sheet.Rows);
    }

    [Fact]
    public async Task A_second_reader_MiniExcel_reads_the_same_sheets_and_text()
    {
        var summary = new ExportTable("Tổng hợp", ["Danh hiệu", "Số lượng"], [["Lao động tiên tiến", "12"]]) { Headings = ["BÁO CÁO NĂM 2024"] };
        using var xlsx = new MemoryStream(await ExportAsync(summary, new ExportTable("Danh sách", Header, Rows)));

        Assert.Equal(["Tổng hợp", "Danh sách"], MiniExcel.GetSheetNames(xlsx));
        var list = MiniExcel.Query(xlsx, sheetName: "Danh sách")
            .Select(row => ((IDictionary<string, object?>)row).Values.Select(v => Assert.IsType<string>(v)).ToArray())
            .ToList();
        Assert.Equal([Header, .. Rows], list);
        var first = MiniExcel.Query(xlsx, sheetName: "Tổng hợp")
            .Select(row => ((IDictionary<string, object?>)row).Values.Where(v => v is not null).Cast<string>().ToArray())
            .ToList();
        Assert.Equal([["BÁO CÁO NĂM 2024"], ["Danh hiệu", "Số lượng"], ["Lao động tiên tiến", "12"]], first);
    }

    [Fact]
    public async Task Every_cell_is_a_string_never_a_number_or_a_formula()
    {
        using var document = Open(await ExportAsync(new ExportTable("Vinh danh", Header, Rows)));

        var worksheet = XlsxReadBack.Sheets(document)[0].Worksheet;
        var cells = worksheet.Descendants<Cell>().ToList();
        Assert.Equal((Rows.Length + 1) * Header.Length, cells.Count);
        Assert.All(cells, cell => Assert.Equal(CellValues.InlineString, cell.DataType!.Value));
        Assert.Empty(worksheet.Descendants<CellFormula>());
        Assert.Empty(worksheet.Descendants<CellValue>());
        // The body and header styles carry the text format (@), so a cell the clerk edits stays text.
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.All(cells, cell => Assert.Equal(49u, formats[(int)cell.StyleIndex!.Value].NumberFormatId!.Value));
    }

    [Fact]
    public async Task The_workbook_is_valid_OpenXML()
    {
        var table = new ExportTable("Danh sách", Header, Rows) { Headings = ["DANH SÁCH KHEN THƯỞNG NĂM 2024", "Khoa Nội"] };
        using var document = Open(await ExportAsync(table, new ExportTable("Tổng hợp", ["Danh hiệu", "Số lượng"], [["Lao động tiên tiến", "12"]])));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Several_sheets_come_in_order_with_their_heading_lines_above_a_bold_header()
    {
        var summary = new ExportTable("Tổng hợp theo danh hiệu", ["Danh hiệu", "Tập thể", "Cá nhân"], [["Bằng khen", "3", "12"]])
        {
            Headings = ["BÁO CÁO TỔNG HỢP KHEN THƯỞNG NĂM 2024", "Bệnh viện Y học cổ truyền và Phục hồi chức năng Khánh Hòa"],
        };
        var list = new ExportTable("Danh sách", Header, Rows);

        using var document = Open(await ExportAsync(summary, list));

        var sheets = XlsxReadBack.Sheets(document);
        Assert.Equal(["Tổng hợp theo danh hiệu", "Danh sách"], sheets.Select(s => s.Name));
        Assert.Equal(
            [["BÁO CÁO TỔNG HỢP KHEN THƯỞNG NĂM 2024"], ["Bệnh viện Y học cổ truyền và Phục hồi chức năng Khánh Hòa"], ["Danh hiệu", "Tập thể", "Cá nhân"], ["Bằng khen", "3", "12"]],
            sheets[0].Rows);
        Assert.Equal(["A1:C1", "A2:C2"], sheets[0].Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value));

        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        bool IsBold(Cell cell)
        {
            var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
            return stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold is not null;
        }
        var rows = sheets[0].Worksheet.Descendants<Row>().ToList();
        Assert.All(rows[2].Elements<Cell>(), cell => Assert.True(IsBold(cell)));
        Assert.All(rows[3].Elements<Cell>(), cell => Assert.False(IsBold(cell)));
        // Scrolling keeps the header in sight: the pane is frozen under row 3.
        var pane = sheets[0].Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(3, pane.VerticalSplit!.Value);
    }

    [Fact]
    public async Task Columns_are_as_wide_as_their_text_within_bounds()
    {
        var table = new ExportTable("x", ["Năm", "Thành tích", "Họ và tên"],
            [["2024", new string('x', 300), "Nguyễn Thị Minh Khai"]]);

        using var document = Open(await ExportAsync(table));

        var widths = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(8, widths[0]);
        Assert.Equal(60, widths[1]);
        Assert.Equal("Nguyễn Thị Minh Khai".Length + 2, widths[2]);
    }

    [Fact]
    public async Task Sheet_names_are_cut_to_what_Excel_accepts_and_kept_unique()
    {
        using var document = Open(await ExportAsync(
            new ExportTable("Tổng hợp: khoa/phòng [2024]?", ["a"], [["1"]]),
            new ExportTable("Danh sách khen thưởng cá nhân và tập thể năm 2024", ["a"], [["1"]]),
            new ExportTable("danh sách khen thưởng cá nhân và tập thể năm 2024", ["a"], [["1"]]),
            new ExportTable("  ", ["a"], [["1"]])));

        Assert.Equal(
            ["Tổng hợp  khoa phòng  2024", "Danh sách khen thưởng cá nhân v", "danh sách khen thưởng cá nh (2)", "Trang 4"],
            XlsxReadBack.Sheets(document).Select(s => s.Name));
    }

    [Fact]
    public async Task Decomposed_text_is_written_in_NFC_and_control_characters_are_dropped()
    {
        var nfd = "Trần Thị Thuỷ".Normalize(NormalizationForm.FormD);

        using var document = Open(await ExportAsync(new ExportTable("x", ["Tên"], [[nfd + "\u0001\u000B"]])));

        Assert.Equal("Trần Thị Thuỷ", XlsxReadBack.Sheets(document)[0].Rows[1][0]);
    }

    [Fact]
    public async Task Twenty_thousand_rows_stream_out_before_the_rows_are_all_read()
    {
        // Like a response body: synchronous writes throw, so this also proves the export never blocks on the output.
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
                yield return [i.ToString(CultureInfo.InvariantCulture), $"Nguyễn Văn Thành {i}", "Khoa Y học cổ truyền", $"{i}/QĐ-BV"];
                await Task.Yield();
            }
        }

        await XlsxExport.WriteAsync(new ExportTable("Danh sách", ["STT", "Họ và tên", "Khoa/phòng", "Số quyết định"], Rows()), output, CancellationToken.None);

        Assert.True(receivedHalfway > 32 * 1024, $"only {receivedHalfway} bytes were out when row 10,000 was read");
        using var document = Open(output.ToArray());
        var rows = XlsxReadBack.Sheets(document)[0].Rows;
        Assert.Equal(20_001, rows.Count);
        Assert.Equal(["20000", "Nguyễn Văn Thành 20000", "Khoa Y học cổ truyền", "20000/QĐ-BV"], rows[^1]);
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
            XlsxExport.WriteAsync(new ExportTable("x", ["Ô"], Rows()), output, cancellation.Token));

        Assert.Equal(500, read);
    }
}
