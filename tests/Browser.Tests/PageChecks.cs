using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ThiDuaCms.Tests;

/// <summary>
/// What every browser test checks on a page it visits: nothing wider than the screen, no serious or critical
/// WCAG 2.1 A/AA problem found by axe-core, and a full-page screenshot in TestResults/screenshots for humans.
/// </summary>
public static class PageChecks
{
    public static readonly string[] ViewportNames = ["phone", "desktop"];

    /// <summary>A phone (390×844 CSS pixels, touch, 2× pixels) or a laptop screen (1366×900).</summary>
    public static BrowserNewContextOptions ContextOptions(string viewport) => viewport switch
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

    private static readonly Lazy<Task<string>> AxeScript = new(LoadAxeScriptAsync);

    /// <summary>
    /// Screenshots the page as <paramref name="name"/>.png, then appends to <paramref name="problems"/> what the
    /// overflow and axe-core checks find (nothing when the page is fine). Every axe finding goes to the test output.
    /// </summary>
    public static async Task CheckAsync(IPage tab, string name, StringBuilder problems, ITestOutputHelper output)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        var screenshot = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}.png");
        await tab.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"{name}: {tab.Url} – screenshot {screenshot}");

        var found = new StringBuilder();
        DescribeOverflow(await MeasureOverflowAsync(tab), found);
        var violations = await RunAxeAsync(tab);
        foreach (var v in violations)
        {
            output.WriteLine($"  axe {v.Impact}: {v.Id} ({v.Nodes.Count} elements) – {v.Help}");
        }
        DescribeSeriousViolations(violations, found);
        if (found.Length > 0)
        {
            problems.AppendLine($"{name} ({tab.Url}):").Append(found).AppendLine($"Screenshot: {screenshot}");
        }
    }

    /// <summary>
    /// Collects what goes wrong in the page: console errors and failed sub-resources (images, scripts, styles).
    /// A failed document load is the test's business (the 404 page answers 404 on purpose).
    /// </summary>
    public static List<string> CollectBrowserErrors(IPage tab)
    {
        var errors = new List<string>();
        tab.Console += (_, message) =>
        {
            // A failed load is reported below with its URL.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        tab.PageError += (_, error) => errors.Add($"uncaught: {error}");
        tab.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                errors.Add($"{response.Status} for {response.Url}");
            }
        };
        return errors;
    }

    public static Task<JsonElement> MeasureOverflowAsync(IPage tab) => tab.EvaluateAsync<JsonElement>(OverflowScript);

    public static void DescribeOverflow(JsonElement overflow, StringBuilder problems)
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
    public static async Task<IReadOnlyList<AxeViolation>> RunAxeAsync(IPage tab)
    {
        await tab.AddScriptTagAsync(new() { Content = await AxeScript.Value });
        var json = await tab.EvaluateAsync<string>(AxeRunScript);
        return JsonSerializer.Deserialize<AxeViolation[]>(json, JsonOptions) ?? [];
    }

    public static void DescribeSeriousViolations(IReadOnlyList<AxeViolation> violations, StringBuilder problems)
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

    public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<AxeNode> Nodes);

    public sealed record AxeNode(string Target, string? FailureSummary);
}
