using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ThiDuaCms.Content.Markdown;

namespace ThiDuaCms.Content.Tests.Markdown;

public partial class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    /// <summary>Markdown and HTML that try to run script; each must come out inert.</summary>
    public static TheoryData<string> XssPayloads => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "Xin chào <script>alert('xss')</script> bạn",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" onerror=\"alert(1)\" />",
        "<a href=\"javascript:alert(1)\">bấm vào đây</a>",
        "<a href=\"JAVASCRIPT:alert(1)\">bấm</a>",
        "<a href=\"java&#x09;script:alert(1)\">bấm</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">bấm</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<p onclick=\"alert(1)\" onmouseover=\"alert(2)\">chạm</p>",
        "<body onload=alert(1)>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<a href=\"vbscript:msgbox(1)\">bấm</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](javascript&#58;alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x]( javascript:alert(1) \"tiêu đề\")",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "![ảnh](javascript:alert(1))",
        "![ảnh](x \"\\\" onerror=\\\"alert(1)\")",
        "[a](https://example.org/\" onclick=\"alert(1))",
        "[a](<https://example.org/x\" onmouseover=\"alert(1)>)",
        "**<img src=x onerror=alert(1)>**",
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
        "```html\n<script>alert(1)</script>\n```",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "<<script>script>alert(1)<</script>/script>",
    };

    [Theory]
    [MemberData(nameof(XssPayloads))]
    public void Script_never_survives_rendering(string markdown)
    {
        var html = Renderer.Render(markdown);

        // Raw HTML is rendered as text, so a real tag can only appear unescaped: check the markup itself…
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ForbiddenTag(), html);
        foreach (var tag in Tag().Matches(html).Select(m => QuotedValue().Replace(m.Value, "\"\"")))
        {
            // Attribute values may quote anything harmlessly ("title" of an image); the names and URLs may not.
            Assert.DoesNotMatch(EventHandlerAttribute(), tag);
        }
        Assert.DoesNotMatch(ScriptUrlInsideTag(), html);

        // …and what a browser would build from it.
        var body = Parse(html);
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, ForbiddenElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                    $"<{element.LocalName}> kept the event handler {attribute.LocalName}: {html}");
                Assert.NotEqual("style", attribute.LocalName);
                var value = WhiteSpaceAndControl().Replace(attribute.Value, "");
                foreach (var scheme in ScriptSchemes)
                {
                    Assert.False(value.Contains(scheme, StringComparison.OrdinalIgnoreCase),
                        $"<{element.LocalName} {attribute.LocalName}=\"{attribute.Value}\"> survived: {html}");
                }
            }
        }
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_dropped()
    {
        var html = Renderer.Render("Thẻ <b>đậm</b> hiện nguyên văn");

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;đậm&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_get_readable_Vietnamese_ids()
    {
        var body = Parse(Renderer.Render("## Kết quả đạt được\n\nNội dung.\n\n### Đội ngũ điều dưỡng"));

        Assert.Equal("ket-qua-dat-duoc", body.QuerySelector("h2")?.Id);
        Assert.Equal("Kết quả đạt được", body.QuerySelector("h2")?.TextContent);
        Assert.Equal("doi-ngu-dieu-duong", body.QuerySelector("h3")?.Id);
    }

    [Fact]
    public void Heading_ids_never_repeat_the_article_pages_own_ids()
    {
        var body = Parse(Renderer.Render("## Nội dung\n\nChữ."));

        Assert.Equal("noi-dung-2", body.QuerySelector("h2")?.Id);
    }

    [Fact]
    public void Heading_ids_include_emphasized_words()
    {
        var body = Parse(Renderer.Render("## Kết quả **nổi bật** năm 2024"));

        Assert.Equal("ket-qua-noi-bat-nam-2024", body.QuerySelector("h2")?.Id);
    }

    [Fact]
    public void Duplicate_headings_get_numbered_ids()
    {
        var body = Parse(Renderer.Render("## Kết quả\n\na\n\n## Kết quả\n\nb\n\n## Kết quả\n\nc"));

        Assert.Equal(["ket-qua", "ket-qua-2", "ket-qua-3"], body.QuerySelectorAll("h2").Select(h => h.Id));
    }

    [Fact]
    public void Heading_without_letters_still_gets_an_id()
    {
        var body = Parse(Renderer.Render("## ***"));

        Assert.All(body.QuerySelectorAll("h2"), h => Assert.False(string.IsNullOrEmpty(h.Id)));
    }

    [Fact]
    public void A_level_one_heading_in_the_body_does_not_compete_with_the_page_title()
    {
        var body = Parse(Renderer.Render("# Mở đầu\n\nNội dung.\n\n## Kết quả"));

        Assert.Empty(body.QuerySelectorAll("h1"));
        Assert.Equal(["mo-dau", "ket-qua"], body.QuerySelectorAll("h2").Select(h => h.Id));
    }

    [Fact]
    public void Pipe_tables_survive()
    {
        var body = Parse(Renderer.Render("| Năm | Danh hiệu |\n|---|---|\n| 2024 | Lao động tiên tiến |\n| 2025 | Chiến sĩ thi đua cơ sở |"));

        var table = Assert.Single(body.QuerySelectorAll("table"));
        Assert.Equal(["Năm", "Danh hiệu"], table.QuerySelectorAll("th").Select(th => th.TextContent));
        Assert.Equal(2, table.QuerySelectorAll("tbody tr").Length);
        Assert.Contains(table.QuerySelectorAll("td"), td => td.TextContent == "Chiến sĩ thi đua cơ sở");
    }

    private const string MediaImage = "/media/0193a1b2c3d4e5f60718293a4b5c6d7e-800.jpg";

    [Fact]
    public void Media_library_images_keep_source_and_alt_text_and_load_lazily()
    {
        var body = Parse(Renderer.Render($"![Tập thể Khoa Châm cứu]({MediaImage})"));

        var image = Assert.Single(body.QuerySelectorAll("img"));
        Assert.Equal(MediaImage, image.GetAttribute("src"));
        Assert.Equal("Tập thể Khoa Châm cứu", image.GetAttribute("alt"));
        Assert.Equal("lazy", image.GetAttribute("loading"));
    }

    [Theory]
    [InlineData("https://benhvien.example/anh/khoa.jpg")]
    [InlineData("http://tracker.example/pixel.gif")]
    [InlineData("//tracker.example/pixel.gif")]
    [InlineData("/media/anh.jpg")]
    [InlineData("/media/originals/0193a1b2c3d4e5f60718293a4b5c6d7e.jpg")]
    [InlineData("/media/../quan-tri/0193a1b2c3d4e5f60718293a4b5c6d7e-800.jpg")]
    [InlineData("/anh/0193a1b2c3d4e5f60718293a4b5c6d7e-800.jpg")]
    [InlineData("data:image/gif;base64,R0lGODlhAQABAAAAACw=")]
    public void Images_from_anywhere_but_the_media_library_are_dropped(string src)
    {
        var html = Renderer.Render($"Trước ![điểm ảnh]({src}) sau.");

        Assert.Empty(Parse(html).QuerySelectorAll("img"));
        Assert.Contains("Trước", html, StringComparison.Ordinal);
        Assert.Contains("sau.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Sở Y tế](https://syt.khanhhoa.gov.vn)", "https://syt.khanhhoa.gov.vn")]
    [InlineData("[Bộ Y tế](http://moh.gov.vn/)", "http://moh.gov.vn/")]
    [InlineData("<https://syt.khanhhoa.gov.vn/tin-tuc>", "https://syt.khanhhoa.gov.vn/tin-tuc")]
    [InlineData("Xem tại https://syt.khanhhoa.gov.vn/a nhé", "https://syt.khanhhoa.gov.vn/a")]
    [InlineData("[Sở Y tế](//syt.khanhhoa.gov.vn/tin-tuc)", "//syt.khanhhoa.gov.vn/tin-tuc")]
    public void External_links_survive_with_noopener_noreferrer(string markdown, string href)
    {
        var link = Assert.Single(Parse(Renderer.Render(markdown)).QuerySelectorAll("a"));

        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Theory]
    [InlineData("[bài khác](/bai-viet/dien-hinh-tien-tien)", "/bai-viet/dien-hinh-tien-tien")]
    [InlineData("[thư](mailto:dtnckh@benhvien.example)", "mailto:dtnckh@benhvien.example")]
    [InlineData("[gọi](tel:02583822222)", "tel:02583822222")]
    [InlineData("[mục](#ket-qua)", "#ket-qua")]
    public void Site_mail_and_phone_links_survive(string markdown, string href) =>
        Assert.Equal(href, Parse(Renderer.Render(markdown)).QuerySelector("a")?.GetAttribute("href"));

    [Fact]
    public void Lists_emphasis_and_quotes_survive()
    {
        var body = Parse(Renderer.Render("- **Một**\n- *Hai*\n\n> Trích dẫn"));

        Assert.Equal(2, body.QuerySelectorAll("ul li").Length);
        Assert.NotNull(body.QuerySelector("strong"));
        Assert.NotNull(body.QuerySelector("em"));
        Assert.NotNull(body.QuerySelector("blockquote"));
    }

    [Fact]
    public void Decomposed_input_is_rendered_composed()
    {
        var html = Renderer.Render("Khánh Hòa, thủy châm".Normalize(NormalizationForm.FormD));

        Assert.Contains("Khánh Hòa, thủy châm", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_drops_the_markup() =>
        Assert.Equal("Kết quả\nNgười bệnh hài lòng.", Renderer.ToPlainText("## Kết quả\n\n**Người bệnh** hài lòng."));

    private static readonly string[] ForbiddenElements =
        ["script", "iframe", "object", "embed", "form", "meta", "base", "svg", "math", "style", "link", "input", "body"];

    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "data:text/html", "livescript:"];

    private static IElement Parse(string html) =>
        new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>").Body!;

    [GeneratedRegex(@"<\s*/?\s*(script|iframe|object|embed|form|meta|base|svg|math|style|link)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForbiddenTag();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex QuotedValue();

    [GeneratedRegex(@"\son\w+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex(@"<[^>]*(javascript|vbscript|livescript)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrlInsideTag();

    [GeneratedRegex(@"[\s\u0000-\u001f]")]
    private static partial Regex WhiteSpaceAndControl();
}
