using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NetVips;
using Xunit.Abstractions;

namespace ThiDuaCms.Tests;

/// <summary>
/// The back office in a real browser, end to end: an editor signs in, uploads a photo by dropping it on the
/// media library's upload frame, describes it, writes an article with it as cover while the live preview
/// follows, sends it for review and publishes it; a visitor then finds it on the column page and reads it.
/// Every back-office page on the way is checked like the public ones (overflow, axe-core), the editor also on a phone.
/// </summary>
public sealed partial class BackOfficeTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string EditorEmail = "bientap@demo.local";
    private const string EditorName = "Lê Minh Tâm";
    private const string DemoPassword = "ThiDua@2026";

    private const string FileName = "to-cham-soc-dieu-duong.jpg";
    private const string AltText = "Điều dưỡng khoa Châm cứu hướng dẫn người bệnh tập thở trong phòng điều trị";
    private const string Title = "Tổ chăm sóc người bệnh toàn diện ở khoa Châm cứu";
    private const string Summary = "Mỗi ca trực có một điều dưỡng theo sát người bệnh từ lúc nhập viện đến khi ra viện.";
    private const string Heading = "Cách tổ chức ca trực";
    private const string Body = $"""
        Khoa Châm cứu chia người bệnh theo nhóm, mỗi nhóm có một điều dưỡng phụ trách.

        ## {Heading}

        - Giao ban đầu ca với **bác sĩ điều trị**.
        - Ghi nhận dấu hiệu sinh tồn hai lần mỗi ca.
        """;

    static BackOfficeTests()
    {
        // Each form post is a real round trip through the site (and image processing on upload): on a busy
        // two-core CI machine 5 s, Playwright's default for expectations, is too tight.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    [Fact]
    public async Task Editor_publishes_an_article_with_an_uploaded_cover_and_a_visitor_reads_it()
    {
        var clock = Stopwatch.StartNew();
        var lap = TimeSpan.Zero;
        void Step(string what)
        {
            output.WriteLine($"[{clock.Elapsed.TotalSeconds,5:0.0} s, +{(clock.Elapsed - lap).TotalSeconds:0.0} s] {what}");
            lap = clock.Elapsed;
        }
        var problems = new StringBuilder();
        var jpeg = PhotoLikeJpeg(1800, 1200);
        Step($"made a {jpeg.Length / 1024} KB 1800×1200 JPEG");

        // 1. Sign in as the editor.
        await using var editor = await browser.NewContextAsync(PageChecks.ContextOptions("desktop"));
        var tab = await editor.NewPageAsync();
        var browserErrors = PageChecks.CollectBrowserErrors(tab);
        await GoToAsync(tab, "/quan-tri/dang-nhap");
        await PageChecks.CheckAsync(tab, "back-office-login-desktop", problems, output);
        await tab.GetByLabel("Email").FillAsync(EditorEmail);
        await tab.GetByLabel("Mật khẩu").FillAsync(DemoPassword);
        await tab.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await tab.WaitForURLAsync(BackOfficeHome());
        // The header names the person, not the sign-in email.
        Assert.Equal("Lê Minh Tâm", (await tab.Locator(".bo-user").InnerTextAsync()).Trim());
        Step("signed in");

        // 2. Upload the photo by dropping it on the upload frame (media-upload.js adds it to the file picker).
        await tab.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng quản trị" })
            .GetByRole(AriaRole.Link, new() { Name = "Thư viện ảnh" }).ClickAsync();
        await tab.WaitForURLAsync("**/quan-tri/thu-vien-anh");
        await DropFileAsync(tab, tab.Locator("[data-dropzone]"), FileName, jpeg);
        await Assertions.Expect(tab.Locator("[data-file-list] li")).ToHaveTextAsync(new Regex($"^{Regex.Escape(FileName)} \\("));
        Assert.Equal(1, await tab.Locator("#Files").EvaluateAsync<int>("input => input.files.length"));
        await tab.GetByRole(AriaRole.Button, new() { Name = "Tải lên", Exact = true }).ClickAsync();
        var outcome = tab.Locator(".upload-results li", new() { HasText = FileName });
        await Assertions.Expect(outcome).ToHaveClassAsync("upload-ok");
        await Assertions.Expect(tab.Locator(".media-grid li").First).ToContainTextAsync("Thiếu mô tả");
        await PageChecks.CheckAsync(tab, "back-office-media-library-desktop", problems, output);
        Step("uploaded the photo");

        // 3. Describe it: only described images can be a cover.
        await outcome.GetByRole(AriaRole.Link, new() { Name = "Nhập mô tả" }).ClickAsync();
        await tab.WaitForURLAsync(MediaDetails());
        await tab.GetByLabel("Mô tả ảnh (văn bản thay thế)").FillAsync(AltText);
        await tab.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Assertions.Expect(tab.Locator(".notice")).ToHaveTextAsync("Đã lưu thông tin ảnh.");
        await Assertions.Expect(tab.Locator("img.media-preview")).ToHaveAttributeAsync("alt", AltText);
        await PageChecks.CheckAsync(tab, "back-office-media-details-desktop", problems, output);
        Step("described the photo");

        // 4. Write the article; the preview follows the Markdown as it is typed.
        await GoToAsync(tab, "/quan-tri/bai-viet/moi");
        await tab.Locator("#Form_Title").FillAsync(Title);
        await tab.Locator("#Form_Summary").FillAsync(Summary);
        await Assertions.Expect(tab.Locator("#Form_AuthorName")).ToHaveValueAsync(EditorName);
        await Assertions.Expect(tab.Locator("#preview h2")).ToHaveCountAsync(0);
        await tab.Locator("#Form_BodyMarkdown").FillAsync(Body);
        await Assertions.Expect(tab.Locator("#preview h2")).ToHaveTextAsync(Heading);
        await Assertions.Expect(tab.Locator("#preview strong")).ToHaveTextAsync("bác sĩ điều trị");
        await tab.Locator("#Form_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Mô hình" });
        await tab.Locator("#Form_CoverImageId").SelectOptionAsync(new SelectOptionValue { Label = AltText });
        await PageChecks.CheckAsync(tab, "back-office-editor-desktop", problems, output);
        var widestCheckbox = await tab.Locator(".checklist input[type=checkbox]")
            .EvaluateAllAsync<double>("boxes => Math.max(...boxes.map(b => b.getBoundingClientRect().width))");
        Assert.True(widestCheckbox is > 0 and < 32, $"The editor's checklists stretch a checkbox to {widestCheckbox}px: it should sit beside its name.");
        await tab.GetByRole(AriaRole.Button, new() { Name = "Tạo bản nháp", Exact = true }).ClickAsync();
        await tab.WaitForURLAsync(ArticleEditor());
        await Assertions.Expect(tab.Locator(".notice")).ToHaveTextAsync("Đã tạo bản nháp.");
        var articleEditor = new Uri(tab.Url).AbsolutePath;
        Step($"created the draft {articleEditor}");

        // 5. Send it for review: the editor page now carries the whole workflow (return, publish, schedule).
        await tab.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt", Exact = true }).ClickAsync();
        await Assertions.Expect(tab.Locator(".notice")).ToHaveTextAsync("Đã chuyển bài viết sang \"Chờ duyệt\".");
        await Assertions.Expect(tab.GetByLabel("Thời điểm xuất bản (giờ Việt Nam)")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(tab, "back-office-review-desktop", problems, output);
        Step("sent for review");

        // 6. The same page on a phone, signed in with the same cookies.
        await using (var phone = await browser.NewContextAsync(WithState(PageChecks.ContextOptions("phone"), await editor.StorageStateAsync())))
        {
            var phoneTab = await phone.NewPageAsync();
            await GoToAsync(phoneTab, articleEditor);
            await Assertions.Expect(phoneTab.Locator("#Form_Title")).ToHaveValueAsync(Title);
            await PageChecks.CheckAsync(phoneTab, "back-office-editor-phone", problems, output);
        }
        Step("checked the editor on a phone");

        // 7. Publish.
        await tab.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true }).ClickAsync();
        await Assertions.Expect(tab.Locator(".notice")).ToHaveTextAsync("Đã chuyển bài viết sang \"Đã xuất bản\".");
        await Assertions.Expect(tab.Locator(".bo-head .kicker")).ToHaveTextAsync("Đã xuất bản");
        Step("published");

        // 8. A visitor (no cookies) finds it first on the column page and reads it.
        await using var visitor = await browser.NewContextAsync(PageChecks.ContextOptions("desktop"));
        var reader = await visitor.NewPageAsync();
        var readerErrors = PageChecks.CollectBrowserErrors(reader);
        await GoToAsync(reader, "/mo-hinh-sang-kien-kinh-nghiem");
        var card = reader.Locator(".card-grid .card").First;
        await Assertions.Expect(card.Locator(".card-title")).ToHaveTextAsync(Title);
        await Assertions.Expect(card.Locator("img.card-image")).ToHaveAttributeAsync("alt", AltText);
        await card.Locator(".card-title a").ClickAsync();
        await reader.WaitForURLAsync(PublicArticle());
        await reader.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync(Title);
        await Assertions.Expect(reader.Locator(".article-head .meta")).ToContainTextAsync(EditorName);
        await Assertions.Expect(reader.Locator("main")).Not.ToContainTextAsync("@demo.local");
        await Assertions.Expect(reader.Locator(".prose h2")).ToHaveTextAsync(Heading);
        var cover = reader.Locator(".cover picture img");
        await Assertions.Expect(cover).ToHaveAttributeAsync("alt", AltText);
        await Assertions.Expect(cover).ToHaveAttributeAsync("srcset", new Regex(@"-320\.jpg 320w, .*-800\.jpg 800w, .*-1600\.jpg 1600w$"));
        await cover.EvaluateAsync(
            "img => img.complete || new Promise(done => { img.addEventListener('load', done); img.addEventListener('error', done); })");
        var (naturalWidth, currentSrc) = (await cover.EvaluateAsync<int>("img => img.naturalWidth"), await cover.EvaluateAsync<string>("img => img.currentSrc"));
        output.WriteLine($"cover: naturalWidth {naturalWidth}, currentSrc {currentSrc}");
        Assert.True(naturalWidth > 0, $"The cover image did not load (naturalWidth 0, currentSrc {currentSrc}).");
        Assert.Matches(@"/media/[0-9a-f]+-(320|800|1600)\.(webp|jpg)$", currentSrc);
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        await reader.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "published-article-desktop.png"), FullPage = true });
        Step("the visitor read it");

        foreach (var error in browserErrors.Concat(readerErrors))
        {
            output.WriteLine($"browser error: {error}");
        }
        Assert.True(readerErrors.Count == 0, $"The visitor's pages had errors:{Environment.NewLine}{string.Join(Environment.NewLine, readerErrors)}");
        Assert.True(browserErrors.Count == 0, $"The back office had errors:{Environment.NewLine}{string.Join(Environment.NewLine, browserErrors)}");
        Assert.True(problems.Length == 0, $"Back-office pages:{Environment.NewLine}{problems}");
    }

    /// <summary>Drops a file on <paramref name="target"/> as a person dragging it from their file manager would.</summary>
    private static async Task DropFileAsync(IPage tab, ILocator target, string name, byte[] bytes)
    {
        var dataTransfer = await tab.EvaluateHandleAsync(
            """
            ([name, base64]) => {
                const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
                const data = new DataTransfer();
                data.items.add(new File([bytes], name, { type: 'image/jpeg' }));
                return data;
            }
            """,
            new object[] { name, Convert.ToBase64String(bytes) });
        await target.DispatchEventAsync("dragenter", new Dictionary<string, object> { ["dataTransfer"] = dataTransfer });
        await target.DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = dataTransfer });
    }

    /// <summary>A photo-like JPEG made here and now (smooth colour fields with a little grain), no binary in the repository.</summary>
    private static byte[] PhotoLikeJpeg(int width, int height)
    {
        using var r = Image.Perlin(width, height, cellSize: width / 6, uchar: true, seed: 11);
        using var g = Image.Perlin(width, height, cellSize: width / 10, uchar: true, seed: 12);
        using var b = Image.Perlin(width, height, cellSize: width / 24, uchar: true, seed: 13);
        using var rgb = r.Bandjoin(g, b);
        using var srgb = rgb.Copy(interpretation: Enums.Interpretation.Srgb);
        return srgb.JpegsaveBuffer(q: 85);
    }

    private static BrowserNewContextOptions WithState(BrowserNewContextOptions options, string storageState)
    {
        options.StorageState = storageState;
        return options;
    }

    private static async Task GoToAsync(IPage tab, string path)
    {
        var response = await tab.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Status == 200, $"GET {path} answered {response.Status}.");
    }

    [GeneratedRegex(@"/quan-tri$")]
    private static partial Regex BackOfficeHome();

    [GeneratedRegex(@"/quan-tri/thu-vien-anh/\d+$")]
    private static partial Regex MediaDetails();

    [GeneratedRegex(@"/quan-tri/bai-viet/\d+$")]
    private static partial Regex ArticleEditor();

    [GeneratedRegex(@"/bai-viet/[a-z0-9-]+$")]
    private static partial Regex PublicArticle();
}
