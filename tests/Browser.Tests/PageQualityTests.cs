using System.Text;
using System.Text.Json;
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
    private static readonly string[] ViewportNames = ["phone", "desktop"];

    /// <summary>A phone (390×844 CSS pixels, touch, 2× pixels) or a laptop screen (1366×900).</summary>
    private static BrowserNewContextOptions ContextOptions(string viewport) => viewport switch
    {
        "phone" => new()
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
            Locale = "vi-VN",
        },
        "desktop" => new()
        {
            ViewportSize = new() { Width = 1366, Height = 900 },
            Locale = "vi-VN",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(viewport), viewport, "Unknown viewport."),
    };

    private static readonly string[] PageNames = ["home", "column", "article", "archive", "not-found"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in PageNames)
        {
            foreach (var viewport in ViewportNames)
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
        var axeScript = await LoadAxeScriptAsync();

        await using var context = await browser.NewContextAsync(ContextOptions(viewport));
        var tab = await context.NewPageAsync();
        var browserErrors = new List<string>();
        tab.Console += (_, message) =>
        {
            // A failed load is reported below with its URL (the 404 page's own status is expected).
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                browserErrors.Add(message.Text);
            }
        };
        tab.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                browserErrors.Add($"{response.Status} for {response.Url}");
            }
        };

        var url = await OpenAsync(tab, page);
        output.WriteLine($"{page} on {viewport}: {url}");

        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        var screenshot = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{page}-{viewport}.png");
        await tab.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");

        var problems = new StringBuilder();
        DescribeOverflow(await MeasureOverflowAsync(tab), problems);
        var violations = await RunAxeAsync(tab, axeScript);
        foreach (var v in violations)
        {
            output.WriteLine($"axe {v.Impact}: {v.Id} ({v.Nodes.Count} elements) – {v.Help}");
        }
        DescribeSeriousViolations(violations, problems);

        foreach (var error in browserErrors)
        {
            output.WriteLine($"browser error: {error}");
        }

        Assert.True(problems.Length == 0, $"{page} on {viewport} ({url}):{Environment.NewLine}{problems}Screenshot: {screenshot}");
    }

    /// <summary>
    /// The checks themselves catch what they are for: a page with a too-wide box, an image without alt text and
    /// unreadable grey-on-white text must be reported. Guards against a harness that silently finds nothing.
    /// </summary>
    [Fact]
    public async Task Checks_catch_a_known_overflow_and_known_accessibility_violations()
    {
        var axeScript = await LoadAxeScriptAsync();
        await using var context = await browser.NewContextAsync(ContextOptions("phone"));
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
        DescribeOverflow(await MeasureOverflowAsync(tab), problems);
        var violations = await RunAxeAsync(tab, axeScript);
        DescribeSeriousViolations(violations, problems);
        var report = problems.ToString();
        output.WriteLine(report);

        Assert.Contains("Horizontal overflow: the page is 9", report, StringComparison.Ordinal);
        Assert.Contains("[critical] image-alt:", report, StringComparison.Ordinal);
        Assert.Contains("[serious] color-contrast:", report, StringComparison.Ordinal);
        Assert.Contains("- img", report, StringComparison.Ordinal);
    }

    private static Task<JsonElement> MeasureOverflowAsync(IPage tab) => tab.EvaluateAsync<JsonElement>(OverflowScript);

    private static void DescribeOverflow(JsonElement overflow, StringBuilder problems)
    {
        var scrollWidth = overflow.GetProperty("scrollWidth").GetInt32();
        var width = overflow.GetProperty("width").GetInt32();
        if (scrollWidth <= width)
        {
            return;
        }
        problems.AppendLine($"Horizontal overflow: the page is {scrollWidth}px wide on a {width}px screen (window.innerWidth {overflow.GetProperty("innerWidth").GetInt32()}). Elements reaching past the right edge:");
        foreach (var element in overflow.GetProperty("offenders").EnumerateArray())
        {
            problems.AppendLine($"  - {element.GetString()}");
        }
    }

    /// <summary>Injects axe-core into the page (the context bypasses the site's CSP for that) and runs the WCAG 2.1 A/AA rules.</summary>
    private static async Task<IReadOnlyList<AxeViolation>> RunAxeAsync(IPage tab, string axeScript)
    {
        await tab.AddScriptTagAsync(new() { Content = axeScript });
        var json = await tab.EvaluateAsync<string>(AxeRunScript);
        return JsonSerializer.Deserialize<AxeViolation[]>(json, JsonOptions) ?? [];
    }

    private static void DescribeSeriousViolations(IReadOnlyList<AxeViolation> violations, StringBuilder problems)
    {
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count == 0)
        {
            return;
        }
        problems.AppendLine($"axe-core found {serious.Count} serious or critical WCAG 2.1 A/AA violation(s):");
        foreach (var v in serious)
        {
            problems.AppendLine($"  [{v.Impact}] {v.Id}: {v.Help}");
            problems.AppendLine($"    {v.HelpUrl}");
            foreach (var node in v.Nodes.Take(10))
            {
                problems.AppendLine($"    - {node.Target}");
                if (!string.IsNullOrWhiteSpace(node.FailureSummary))
                {
                    problems.AppendLine($"        {node.FailureSummary.ReplaceLineEndings(" ")}");
                }
            }
            if (v.Nodes.Count > 10)
            {
                problems.AppendLine($"    … and {v.Nodes.Count - 10} more");
            }
        }
    }

    /// <summary>Goes to the page under test and returns its URL; fails when the page does not answer as expected.</summary>
    private async Task<string> OpenAsync(IPage tab, string page)
    {
        switch (page)
        {
            case "home":
                return await GoToAsync(tab, "/", 200);
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

    private static async Task<string> LoadAxeScriptAsync()
    {
        if (!File.Exists(BrowserFixture.AxeScriptPath))
        {
            Assert.Fail(
                $"axe-core is not installed ({BrowserFixture.AxeScriptPath} is missing). " +
                "Run ./test.sh from the repository root: it runs `npm ci` in tests/Browser.Tests.");
        }
        return await File.ReadAllTextAsync(BrowserFixture.AxeScriptPath);
    }

    [GeneratedRegex(@"^/luu-tru/\d{4}$")]
    private static partial Regex YearArchive();

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Widths, and the elements that stick out past the right edge of the screen (leaves only, at most 8).
    /// The screen is the layout viewport, documentElement.clientWidth: on a phone (IsMobile) Chromium zooms out
    /// to fit content that is too wide, and window.innerWidth then grows with the page (390 → 908), so
    /// scrollWidth &lt;= innerWidth would never fail there.
    /// </summary>
    private const string OverflowScript = """
        () => {
            const width = document.documentElement.clientWidth;
            const scrollWidth = document.documentElement.scrollWidth;
            const describe = el => {
                let s = el.tagName.toLowerCase();
                if (el.id) s += '#' + el.id;
                if (typeof el.className === 'string' && el.className.trim()) s += '.' + el.className.trim().split(/\s+/).join('.');
                return s;
            };
            const offenders = [];
            if (scrollWidth > width) {
                for (const el of document.body.querySelectorAll('*')) {
                    const r = el.getBoundingClientRect();
                    if (r.right > width + 1 && r.width > 0 && !el.querySelector('*:not(br)')) {
                        const path = [];
                        for (let e = el; e && e !== document.body; e = e.parentElement) path.unshift(describe(e));
                        offenders.push(`${path.join(' > ')} (right edge at ${Math.round(r.right)}px, ${Math.round(r.width)}px wide)`);
                        if (offenders.length >= 8) break;
                    }
                }
            }
            return { width, innerWidth: window.innerWidth, scrollWidth, offenders };
        }
        """;

    private const string AxeRunScript = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
            });
            return JSON.stringify(result.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({
                    target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' | '),
                    failureSummary: n.failureSummary
                }))
            })));
        }
        """;

    private sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<AxeNode> Nodes);

    private sealed record AxeNode(string Target, string? FailureSummary);
}
