using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Markdown;

/// <summary>
/// Turns an article's Markdown into the HTML stored beside it: Markdig with raw HTML disabled,
/// Vietnamese-readable heading ids, then HtmlSanitizer as the last word on what reaches a page.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseFigures()
        .UseFootnotes()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>Renders and sanitizes; safe to call from many threads.</summary>
    public string Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(VietnameseText.Nfc(markdown), _pipeline);
        AssignHeadingIds(document);
        return _sanitizer.Sanitize(document.ToHtml(_pipeline));
    }

    /// <summary>Plain text of the Markdown, for summaries and meta descriptions.</summary>
    public string ToPlainText(string markdown) =>
        Markdig.Markdown.ToPlainText(VietnameseText.Nfc(markdown), _pipeline).Trim();

    private static readonly string[] ReservedIds =
        ["noi-dung", "article-title", "subjects-heading", "related-heading", "lead-heading", "latest-heading"];

    // Markdig's own auto-identifiers drop "đ"; ours fold it to "d" like every other slug.
    private static void AssignHeadingIds(MarkdownDocument document)
    {
        // Ids the article page itself uses (layout, article header, sections) are taken from the start.
        var used = new HashSet<string>(ReservedIds, StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // The article title is the page's only h1; a "# " heading in the body is a section like "## ".
            heading.Level = Math.Max(heading.Level, 2);
            var text = string.Concat(heading.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);
            var id = Slug.From(text);
            if (id.Length == 0)
            {
                id = "muc";
            }
            var unique = id;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{id}-{n}";
            }
            heading.GetAttributes().Id = unique;
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("loading");
        sanitizer.AllowedAttributes.Add("rel");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element)
            {
                if (element.LocalName == "img")
                {
                    element.SetAttribute("loading", "lazy");
                }
                else if (element.LocalName == "a" && element.GetAttribute("href") is { } href && IsOffSite(href))
                {
                    element.SetAttribute("rel", "noopener noreferrer");
                }
            }
        };
        sanitizer.PostProcessDom += (_, e) =>
        {
            // Only the site's own media library: an image from another host is a tracking pixel at best, and the
            // CSP (img-src 'self') would block it anyway.
            foreach (var image in e.Document.QuerySelectorAll("img").Where(i => !IsMediaLibraryImage(i.GetAttribute("src"))).ToList())
            {
                image.Remove();
            }
        };
        return sanitizer;
    }

    /// <summary>A variant of the media library, as the library writes its address: <c>/media/{storedName}-{width}.{webp|jpg}</c>.</summary>
    internal static bool IsMediaLibraryImage(string? src) =>
        src is not null && src.StartsWith(MediaPrefix, StringComparison.Ordinal) && MediaKeys.TryParseVariant(src[MediaPrefix.Length..], out _);

    private const string MediaPrefix = ResponsiveImage.UrlPrefix;

    /// <summary>An absolute or protocol-relative link (<c>//host/…</c>) leaves the site.</summary>
    private static bool IsOffSite(string href) =>
        href.StartsWith("http", StringComparison.OrdinalIgnoreCase) || href.StartsWith("//", StringComparison.Ordinal) || href.StartsWith("\\\\", StringComparison.Ordinal)
        || href.StartsWith("/\\", StringComparison.Ordinal) || href.StartsWith("\\/", StringComparison.Ordinal);
}
