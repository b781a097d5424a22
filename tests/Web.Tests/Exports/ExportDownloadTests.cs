using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using ThiDuaCms.Content.Exports;
using ThiDuaCms.Web.Exports;

namespace ThiDuaCms.Web.Tests.Exports;

/// <summary>
/// Downloads through a real ASP.NET Core pipeline (the test server, which like Kestrel refuses synchronous writes to the
/// response): headers as a browser reads them, and the file as it arrives.
/// </summary>
public sealed class ExportDownloadTests : IAsyncLifetime
{
    private static readonly string[][] Rows =
    [
        ["Đặng Văn Hoà", "Khoa Y học cổ truyền", "=1+2"],
        ["Nguyễn Thị Lân", "Phòng Tổ chức – Hành chính", "Lao động tiên tiến"],
    ];

    private static ExportTable Table() => new("Danh sách", ["Họ và tên", "Khoa/phòng", "Danh hiệu"], Rows);

    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.MapGet("/csv", () => ExportDownload.Csv("Vinh danh năm 2024", Table(), ExportAudience.Public));
        _app.MapGet("/xlsx", () => ExportDownload.Xlsx("Báo cáo khen thưởng năm 2024", [Table(), Table()], ExportAudience.Private));
        // As a page handler's IActionResult runs it.
        _app.MapGet("/action", (HttpContext context) => ExportDownload.Csv("Vinh danh", Table(), ExportAudience.Public)
            .ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor())));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Csv_downloads_under_its_Vietnamese_name_with_an_ASCII_fallback()
    {
        using var response = await _client.GetAsync(new Uri("/csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Vinh danh năm 2024.csv", disposition.FileNameStar);
        Assert.Equal("vinh-danh-nam-2024.csv", disposition.FileName);
        Assert.Contains("filename*=UTF-8''Vinh%20danh%20n%C4%83m%202024.csv", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.NoCache);
        Assert.False(response.Headers.CacheControl.NoStore);
    }

    [Fact]
    public async Task Csv_body_is_the_table_in_UTF8_with_a_byte_order_mark()
    {
        var body = await _client.GetByteArrayAsync(new Uri("/csv", UriKind.Relative));

        Assert.Equal([0xEF, 0xBB, 0xBF], body[..3]);
        Assert.Equal(
            "Họ và tên,Khoa/phòng,Danh hiệu\r\nĐặng Văn Hoà,Khoa Y học cổ truyền,'=1+2\r\nNguyễn Thị Lân,Phòng Tổ chức – Hành chính,Lao động tiên tiến\r\n",
            Encoding.UTF8.GetString(body[3..]));
    }

    [Fact]
    public async Task Xlsx_downloads_as_a_workbook_no_cache_may_keep()
    {
        using var response = await _client.GetAsync(new Uri("/xlsx", UriKind.Relative));

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Báo cáo khen thưởng năm 2024.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("bao-cao-khen-thuong-nam-2024.xlsx", response.Content.Headers.ContentDisposition.FileName);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.True(response.Headers.CacheControl.Private);

        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        Assert.Equal(["Danh sách", "Danh sách (2)"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var texts = document.WorkbookPart.WorksheetParts.First().Worksheet.Descendants<Cell>().Select(c => c.InlineString!.Text!.Text);
        Assert.Contains("Đặng Văn Hoà", texts);
    }

    [Fact]
    public async Task A_page_handler_result_sends_the_same_download()
    {
        using var response = await _client.GetAsync(new Uri("/action", UriKind.Relative));

        Assert.Equal("Vinh danh.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.StartsWith("Họ và tên,", Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Khoa/phòng: \"Nội\"", "attachment; filename=khoa-phong-noi.csv; filename*=UTF-8''Khoa%20ph%C3%B2ng%20N%E1%BB%99i.csv")]
    [InlineData("???", "attachment; filename=tai-ve.csv; filename*=UTF-8''tai-ve.csv")]
    public void File_names_lose_what_a_file_system_refuses(string name, string header) =>
        Assert.Equal(header, ExportDownload.AttachmentHeader(name, ".csv"));
}
