using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
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

    /// <summary>Any response, e.g. of a hand-made request.</summary>
    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response) =>
        new(response.RequestMessage?.RequestUri?.PathAndQuery ?? "", response, await response.Content.ReadAsStringAsync());

    /// <summary>Posts a form (application/x-www-form-urlencoded) as a browser would.</summary>
    public static async Task<HtmlPage> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        return new HtmlPage(url, response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Fetches a page that must answer 200.</summary>
    public static async Task<HtmlPage> GetOkAsync(HttpClient client, string url)
    {
        var page = await GetAsync(client, url);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {url} answered {(int)page.Status}.");
        return page;
    }

    /// <summary>Where a redirect leads, as a local path and query ("/quan-tri"), whether the header is absolute or not.</summary>
    public string? Location => Response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri && location.Host == "localhost" ? location.PathAndQuery
        : location.OriginalString;

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public string AntiforgeryToken
    {
        get
        {
            var token = Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
            Assert.False(string.IsNullOrEmpty(token), $"{Url} has no antiforgery token.");
            return token;
        }
    }

    /// <summary>What a browser would submit from the form matched by <paramref name="selector"/>, unchanged.</summary>
    public FormData Form(string selector)
    {
        var form = Document.QuerySelector(selector);
        Assert.True(form is not null, $"{Url} has no form {selector}.");
        return FormOf(form);
    }

    /// <summary>What a browser would submit from <paramref name="form"/>, unchanged.</summary>
    public static FormData FormOf(IElement form)
    {
        var data = new FormData();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        data.Add(name, input.Value);
                    }
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "image" or "reset":
                    break;
                case IHtmlInputElement input:
                    data.Add(name, input.Value);
                    break;
                case IHtmlTextAreaElement textarea:
                    data.Add(name, textarea.Value);
                    break;
                case IHtmlSelectElement select:
                    data.Add(name, (select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value : null) ?? (select.Options.Length > 0 ? select.Options[0].Value : null) ?? "");
                    break;
            }
        }
        return data;
    }

    /// <summary>The messages of the validation summary and of every field, white space collapsed.</summary>
    public IReadOnlyList<string> Errors =>
        Document.QuerySelectorAll(".form-errors li, .field-error")
            .Select(e => Collapse(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();

    /// <summary>The text of the field error next to the input named <paramref name="name"/>.</summary>
    public string? FieldError(string name) =>
        Document.QuerySelector($"[data-valmsg-for='{name}']") is { } span && Collapse(span.TextContent) is { Length: > 0 } text ? text : null;

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
