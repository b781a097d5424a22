using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Tests;
using ThiDuaCms.Tests.Media;
using ThiDuaCms.Web.Tests.Areas.QuanTri.Account;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Security;

/// <summary>The request findings of the security probe, through the real pipeline in Development.</summary>
public sealed class RequestHardeningTests(TestSite site) : IClassFixture<TestSite>
{
    [Theory]
    [InlineData("TRACE", "/bai-viet/{slug}")]
    [InlineData("TRACE", "/")]
    [InlineData("OPTIONS", "/quan-tri/dang-nhap")]
    [InlineData("PUT", "/bai-viet/{slug}")]
    [InlineData("DELETE", "/quan-tri")]
    [InlineData("PATCH", "/")]
    public async Task Unsupported_methods_answer_405(string method, string url)
    {
        var slug = (await site.VisibleSlugsAsync())[0];

        var response = await site.Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), url.Replace("{slug}", slug, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order());
    }

    public static TheoryData<string> UnreadableForms => ["too many fields", "a field over the length limit", "malformed multipart", "cut-off multipart"];

    [Theory]
    [MemberData(nameof(UnreadableForms))]
    public async Task A_form_the_server_cannot_read_answers_400_with_the_Vietnamese_page(string kind)
    {
        var client = site.Client();
        var token = await client.AntiforgeryTokenAsync();
        HttpContent content = kind switch
        {
            "too many fields" => new FormUrlEncodedContent(
                Enumerable.Range(0, 1100).Select(i => KeyValuePair.Create($"f{i}", "x")).Prepend(KeyValuePair.Create("__RequestVerificationToken", token))),
            "a field over the length limit" => new FormUrlEncodedContent(
                [KeyValuePair.Create("__RequestVerificationToken", token), KeyValuePair.Create("Input.Email", new string('a', 5 * 1024 * 1024))]),
            "malformed multipart" => Multipart("this is not multipart at all"),
            _ => Multipart("--ranh-gioi\r\nContent-Disposition: form-data; name=\"Input.Email\"\r\n\r\nbientap@demo"),
        };

        var response = await client.PostAsync(BackOfficeSupport.SignInPath, content);
        var page = await HtmlPage.ParseAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {page.Html[..Math.Min(3000, page.Html.Length)]}");
        Assert.Equal(["Yêu cầu không hợp lệ"], page.H1Texts);
        Assert.Null(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.FirstOrDefault(c => c.StartsWith(BackOfficeSupport.AuthCookie, StringComparison.Ordinal)) : null);

        static ByteArrayContent Multipart(string body)
        {
            var bytes = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            bytes.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=ranh-gioi");
            return bytes;
        }
    }

    [Fact]
    public async Task A_request_over_the_upload_limit_answers_413_or_400_never_500()
    {
        using var small = new TestSite { Settings = { ["Media:MaxUploadBytes"] = "1024", ["Media:MaxFilesPerUpload"] = "1" } };
        var editor = await BackOfficeSession.SignInAsync(small, "bientap@demo.local");
        var form = await editor.GetFormAsync("/quan-tri/thu-vien-anh", handler: "Upload");
        using var content = new MultipartFormDataContent { { new StringContent(BackOfficeSession.Token(form)), "__RequestVerificationToken" } };
        // Over the request limit (one file of 1 KB + 1 MB for the form): 3 MB.
        content.Add(new ByteArrayContent(new byte[3 * 1024 * 1024]), "Files", "lon.jpg");

        var response = await editor.Client.PostAsync(BackOfficeSession.Action(form), content);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest });
        var page = await HtmlPage.ParseAsync(response);
        Assert.Single(page.H1Texts);
        Assert.Contains(page.H1Texts[0], new[] { "Dữ liệu gửi lên quá lớn", "Yêu cầu không hợp lệ" });
    }

    [Fact]
    public async Task A_forged_host_never_reaches_a_redirect_location()
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://evil.example") });

        var response = await client.GetAsync("/quan-tri/bai-viet");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/quan-tri/dang-nhap?ReturnUrl=%2Fquan-tri%2Fbai-viet", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Pages_allow_images_from_the_site_only_limit_browser_features_and_name_no_server()
    {
        var response = await site.Client().GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("img-src 'self' data:;", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("https:", csp, StringComparison.Ordinal);
        var permissions = response.Headers.GetValues("Permissions-Policy").Single();
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
        Assert.Contains("microphone=()", permissions, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
        // TestServer never sends one; Kestrel is told not to.
        Assert.False(site.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task An_article_shows_images_of_the_media_library_only_and_protects_protocol_relative_links()
    {
        var categoryId = await site.QueryAsync((db, _) => db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        const string own = "/media/0193a1b2c3d4e5f60718293a4b5c6d7e-800.jpg";
        var article = await site.CreateArticleAsync(new ArticleInput
        {
            Title = "Bài có ảnh theo dõi",
            BodyMarkdown = $"Ảnh của bệnh viện: ![Khoa Châm cứu]({own})\n\n![điểm ảnh](https://tracker.example/p.gif) " +
                "![điểm ảnh](//tracker.example/p.gif)\n\n[Sở Y tế](//syt.khanhhoa.gov.vn/tin-tuc)",
            CategoryId = categoryId,
            AuthorName = "Phòng Đào tạo – NCKH – CĐT",
        }, ArticleStatus.Published);

        var page = await HtmlPage.GetOkAsync(site.Client(), $"/bai-viet/{article.Slug}");

        Assert.DoesNotContain("tracker.example", page.Html, StringComparison.Ordinal);
        Assert.Contains(page.Document.QuerySelectorAll("img"), i => i.GetAttribute("src") == own);
        var link = page.Document.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "//syt.khanhhoa.gov.vn/tin-tuc");
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }
}

/// <summary>The Production findings: allowed host names from configuration, and HTTPS explained rather than a 500.</summary>
public sealed class ProductionRequestHardeningTests(ProductionSignInTests.ProductionSite site) : IClassFixture<ProductionSignInTests.ProductionSite>
{
    [Fact]
    public async Task Production_answers_only_its_configured_host_names()
    {
        Assert.Equal("localhost;127.0.0.1", site.Services.GetRequiredService<IConfiguration>()["AllowedHosts"]);
        var forged = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://evil.example") });

        var home = await forged.GetAsync("/");
        var backOffice = await forged.GetAsync("/quan-tri");

        Assert.Equal(HttpStatusCode.BadRequest, home.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, backOffice.StatusCode);
        Assert.Null(backOffice.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, (await site.HttpsClient().GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Sign_in_over_plain_HTTP_explains_that_HTTPS_is_required(string method)
    {
        var client = site.Client();
        using var log = new CapturedLog();
        site.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);

        var response = method == "GET"
            ? await client.GetAsync(BackOfficeSupport.SignInPath)
            : await client.PostAsync(BackOfficeSupport.SignInPath, new FormUrlEncodedContent([KeyValuePair.Create("Input.Email", "a@b.vn")]));
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Cần kết nối HTTPS"], page.H1Texts);
        Assert.Contains("Trang quản trị chỉ mở qua HTTPS", page.Html, StringComparison.Ordinal);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("over plain HTTP refused", StringComparison.Ordinal)
            && e.Message.Contains(BackOfficeSupport.SignInPath, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(site.HttpsClient(), BackOfficeSupport.SignInPath)).Status);
    }
}

/// <summary>Every log entry of the site while it is attached.</summary>
internal sealed class CapturedLog : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Message)> _entries = new();

    public IReadOnlyCollection<(LogLevel Level, string Message)> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log._entries.Enqueue((logLevel, formatter(state, exception)));
    }
}
