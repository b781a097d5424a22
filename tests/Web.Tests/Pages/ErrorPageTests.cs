using System.Net;
using Microsoft.Data.Sqlite;
using ThiDuaCms.Content;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDuaCms.Web.Tests.Pages;

public sealed class ErrorPageTests(TestSite site) : IClassFixture<TestSite>
{
    public static TheoryData<string> MissingPages =>
    [
        "/bai-viet/bai-viet-khong-ton-tai",
        "/khong-co-trang-nay",
        "/chuyen-muc/khong-co",
        "/the/khong-co",
        "/ca-nhan/khong-co",
        "/khoa-phong/khong-co",
        "/phong-trao/khong-co",
        "/luu-tru/1900",
        "/luu-tru/2024/13",
        "/luu-tru/2024/0",
        "/loi/404",
        "/loi/1",
        "/loi/200",
        "/loi/302",
        "/loi/2147483647",
    ];

    [Theory]
    [MemberData(nameof(MissingPages))]
    public async Task Missing_page_answers_404_with_the_Vietnamese_page(string url)
    {
        var page = await HtmlPage.GetAsync(site.Client(), url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("vi", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["Không tìm thấy trang"], page.H1Texts);
        Assert.Contains("Trang bạn tìm không tồn tại", page.Html, StringComparison.Ordinal);
        Assert.Equal("noindex", page.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Empty(page.NonAsciiEntities);
    }
}

/// <summary>The site as the hospital runs it: no developer pages, ever.</summary>
public sealed class ProductionErrorPageTests
{
    [Fact]
    public async Task Odd_error_url_in_production_is_a_plain_Vietnamese_404()
    {
        using var site = new TestSite { EnvironmentName = "Production" };

        var page = await HtmlPage.GetAsync(site.Client(), "/loi/1");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(["Không tìm thấy trang"], page.H1Texts);
        AssertNoTechnicalDetails(page);
    }

    [Fact]
    public async Task Missing_page_in_production_is_the_Vietnamese_404_without_technical_details()
    {
        using var site = new TestSite { EnvironmentName = "Production" };

        var page = await HtmlPage.GetAsync(site.Client(), "/bai-viet/bai-viet-khong-ton-tai");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(["Không tìm thấy trang"], page.H1Texts);
        AssertNoTechnicalDetails(page);
    }

    [Fact]
    public async Task Crash_in_production_shows_the_Vietnamese_error_page_without_technical_details()
    {
        using var site = new TestSite { EnvironmentName = "Production" };
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(site.Client(), "/")).Status);
        // Break the database under the running site: the next list page fails deep inside EF Core.
        await using (var connection = new SqliteConnection(site.Services.GetRequiredService<ContentPaths>().SqliteConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE Categories RENAME TO Categories_gone;";
            await command.ExecuteNonQueryAsync();
        }

        var page = await HtmlPage.GetAsync(site.Client(), "/mo-hinh-sang-kien-kinh-nghiem");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal(["Đã xảy ra lỗi"], page.H1Texts);
        Assert.Equal("vi", page.Document.DocumentElement.GetAttribute("lang"));
        AssertNoTechnicalDetails(page);
        Assert.DoesNotContain("Categories", page.Html, StringComparison.Ordinal);
    }

    private static void AssertNoTechnicalDetails(HtmlPage page)
    {
        foreach (var leak in new[] { "Exception", "   at ", "stack trace", "SQLite", "no such table", "Microsoft.", "ThiDuaCms.Content", "ThiDuaCms.Web.Pages", ".cs:line" })
        {
            Assert.DoesNotContain(leak, page.Html, StringComparison.OrdinalIgnoreCase);
        }
    }
}
