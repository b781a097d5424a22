using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ThiDuaCms.Tests;

/// <summary>
/// The public pages in a real browser, on a phone and on a desktop: nothing wider than the screen,
/// no serious or critical WCAG 2.1 A/AA problem found by axe-core. Screenshots go to TestResults/screenshots.
/// </summary>
public sealed partial class PageQualityTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly string[] PageNames = ["home", "column", "article", "archive", "search", "honor-roll", "not-found"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in PageNames)
        {
            foreach (var viewport in PageChecks.ViewportNames)
            {
                data.Add(page, viewport);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_fits_the_screen_and_has_no_serious_accessibility_violations(string page, string viewport)
    {
        await using var context = await browser.NewContextAsync(PageChecks.ContextOptions(viewport));
        var tab = await context.NewPageAsync();
        var browserErrors = PageChecks.CollectBrowserErrors(tab);

        var url = await OpenAsync(tab, page);
        output.WriteLine($"{page} on {viewport}: {url}");

        var problems = new StringBuilder();
        await PageChecks.CheckAsync(tab, $"{page}-{viewport}", problems, output);
        foreach (var error in browserErrors)
        {
            output.WriteLine($"browser error: {error}");
        }

        Assert.True(problems.Length == 0, $"{page} on {viewport}:{Environment.NewLine}{problems}");
    }

    /// <summary>
    /// The checks themselves catch what they are for: a page with a too-wide box, an image without alt text and
    /// unreadable grey-on-white text must be reported. Guards against a harness that silently finds nothing.
    /// </summary>
    [Fact]
    public async Task Checks_catch_a_known_overflow_and_known_accessibility_violations()
    {
        await using var context = await browser.NewContextAsync(PageChecks.ContextOptions("phone"));
        var tab = await context.NewPageAsync();
        await tab.SetContentAsync("""
            <!DOCTYPE html><html lang="vi"><head><title>Kiểm tra</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>
            <h1>Trang lỗi mẫu</h1>
            <div style="width: 900px">Hộp rộng hơn màn hình</div>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">
            <p style="color: #eeeeee; background: #ffffff">Chữ quá nhạt</p>
            </main></body></html>
            """);

        var problems = new StringBuilder();
        PageChecks.DescribeOverflow(await PageChecks.MeasureOverflowAsync(tab), problems);
        PageChecks.DescribeSeriousViolations(await PageChecks.RunAxeAsync(tab), problems);
        var report = problems.ToString();
        output.WriteLine(report);

        Assert.Contains("Horizontal overflow: the page is 9", report, StringComparison.Ordinal);
        Assert.Contains("[critical] image-alt:", report, StringComparison.Ordinal);
        Assert.Contains("[serious] color-contrast:", report, StringComparison.Ordinal);
        Assert.Contains("- img", report, StringComparison.Ordinal);
    }

    /// <summary>
    /// The honor roll as a reader uses it: a year chosen in the form lands on a shareable URL headed by the selection,
    /// and the print preview keeps the list and drops the menu, the filters and the pager.
    /// </summary>
    [Fact]
    public async Task The_honor_roll_filters_through_its_form_and_prints_the_list_alone()
    {
        await using var context = await browser.NewContextAsync(PageChecks.ContextOptions("phone"));
        var tab = await context.NewPageAsync();
        await GoToAsync(tab, "/vinh-danh", 200);
        var year = await tab.Locator("#f-year option[value]:not([value=''])").First.GetAttributeAsync("value");
        Assert.False(string.IsNullOrEmpty(year));

        await tab.Locator("#f-year").SelectOptionAsync(year);
        await Task.WhenAll(tab.WaitForURLAsync($"**/vinh-danh?nam={year}*"), tab.Locator(".filters button[type=submit]").ClickAsync());

        Assert.Equal($"Vinh danh: Năm {year}", (await tab.Locator("h1").TextContentAsync())?.Trim());
        Assert.All(await tab.Locator(".honor-year > h2").AllTextContentsAsync(), h => Assert.Equal($"Năm {year}", h.Trim()));
        await tab.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await tab.Locator(".filters").IsVisibleAsync());
        Assert.False(await tab.Locator(".site-nav").IsVisibleAsync());
        Assert.True(await tab.Locator(".honor-entry").First.IsVisibleAsync());
        var problems = new StringBuilder();
        PageChecks.DescribeOverflow(await PageChecks.MeasureOverflowAsync(tab), problems);
        Assert.True(problems.Length == 0, problems.ToString());
    }

    /// <summary>Goes to the page under test and returns its URL; fails when the page does not answer as expected.</summary>
    private static async Task<string> OpenAsync(IPage tab, string page)
    {
        switch (page)
        {
            case "home":
                return await GoToAsync(tab, "/", 200);
            case "search":
                return await GoToAsync(tab, "/tim-kiem?q=benh+vien", 200);
            case "column":
                return await GoToAsync(tab, "/mo-hinh-sang-kien-kinh-nghiem", 200);
            case "article":
                await GoToAsync(tab, "/mo-hinh-sang-kien-kinh-nghiem", 200);
                var article = await tab.Locator("a[href^=\"/bai-viet/\"]").First.GetAttributeAsync("href");
                Assert.False(string.IsNullOrEmpty(article), "The column page links to no article (a[href^=\"/bai-viet/\"]).");
                return await GoToAsync(tab, article, 200);
            case "archive":
                await GoToAsync(tab, "/luu-tru", 200);
                var links = await tab.Locator("a[href^=\"/luu-tru/\"]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
                var year = links.FirstOrDefault(href => YearArchive().IsMatch(href));
                Assert.False(year is null, $"/luu-tru links to no year archive (/luu-tru/yyyy); its links: {string.Join(", ", links)}");
                return await GoToAsync(tab, year, 200);
            case "honor-roll":
                return await GoToAsync(tab, "/vinh-danh?doi-tuong=ca-nhan", 200);
            case "not-found":
                return await GoToAsync(tab, "/khong-ton-tai", 404);
            default:
                throw new ArgumentOutOfRangeException(nameof(page), page, "Unknown page.");
        }
    }

    private static async Task<string> GoToAsync(IPage tab, string path, int expectedStatus)
    {
        var response = await tab.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        Assert.True(response.Status == expectedStatus, $"GET {path} answered {response.Status}, expected {expectedStatus}.");
        return tab.Url;
    }

    [GeneratedRegex(@"^/luu-tru/\d{4}$")]
    private static partial Regex YearArchive();
}
