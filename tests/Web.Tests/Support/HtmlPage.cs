using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ThiDuaCms.Web.Tests.Support;

/// <summary>One response of the site, with its raw HTML and the document a browser would build from it.</summary>
internal sealed partial class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    private HtmlPage(string url, HttpResponseMessage response, string html)
    {
        Url = url;
        Response = response;
        Html = html;
        Document = Parser.ParseDocument(html);
    }

    public string Url { get; }
    public HttpResponseMessage Response { get; }
    public HttpStatusCode Status => Response.StatusCode;
    public string Html { get; }
    public IDocument Document { get; }

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return new HtmlPage(url, response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Fetches a page that must answer 200.</summary>
    public static async Task<HtmlPage> GetOkAsync(HttpClient client, string url)
    {
        var page = await GetAsync(client, url);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {url} answered {(int)page.Status}.");
        return page;
    }

    /// <summary>The text of the page's h1 elements, white space collapsed.</summary>
    public IReadOnlyList<string> H1Texts => Document.QuerySelectorAll("h1").Select(h => Collapse(h.TextContent)).ToList();

    /// <summary>Slugs of the article cards on the page, in order (lists, home, related articles).</summary>
    public IReadOnlyList<string> CardSlugs(string scope = "") =>
        Document.QuerySelectorAll($"{scope} .card-title a".Trim())
            .Select(a => a.GetAttribute("href") ?? "")
            .Select(href => href.StartsWith("/bai-viet/", StringComparison.Ordinal) ? href["/bai-viet/".Length..] : href)
            .ToList();

    /// <summary>The total shown as "<strong>N</strong> bài viết", or 0 for "Chưa có bài viết nào.".</summary>
    public int ResultCount
    {
        get
        {
            var count = Document.QuerySelector(".result-count");
            Assert.NotNull(count);
            var strong = count.QuerySelector("strong");
            if (strong is null)
            {
                Assert.Contains("Chưa có bài viết nào.", count.TextContent, StringComparison.Ordinal);
                return 0;
            }
            return int.Parse(strong.TextContent, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The pager's "next page" link, or null on the last page.</summary>
    public string? NextPageUrl => Document.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");

    /// <summary>Numeric character references to anything beyond ASCII, e.g. "&amp;#x1EC7;" for "ệ".</summary>
    public IReadOnlyList<string> NonAsciiEntities =>
        NumericEntity().Matches(Html)
            .Where(m => (m.Groups["hex"].Success
                ? int.Parse(m.Groups["hex"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : int.Parse(m.Groups["dec"].Value, CultureInfo.InvariantCulture)) > 0x7F)
            .Select(m => m.Value)
            .Distinct()
            .ToList();

    public static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"&#(?:[xX](?<hex>[0-9a-fA-F]+)|(?<dec>[0-9]+));")]
    private static partial Regex NumericEntity();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
