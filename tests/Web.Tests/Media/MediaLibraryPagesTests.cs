using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Tests.Media;

public sealed class MediaLibraryPagesTests(TestSite site) : IClassFixture<TestSite>
{
    private const string Library = "/quan-tri/thu-vien-anh";
    private const string Editor = "bientap@demo.local";

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var client = BackOfficeSession.NewClient(site);

        var response = await client.GetAsync(Library);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Relative: the Host header never reaches a Location.
        Assert.StartsWith("/quan-tri/dang-nhap?", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recognition_clerk_is_forbidden()
    {
        var clerk = await BackOfficeSession.SignInAsync(site, "thidua@demo.local");

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.Client.GetAsync(Library)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.Client.GetAsync($"{Library}/1")).StatusCode);
    }

    [Fact]
    public async Task An_editor_uploads_through_the_form_and_the_variants_are_served_for_a_year()
    {
        var editor = await BackOfficeSession.SignInAsync(site, Editor);
        var form = await editor.GetFormAsync(Library, handler: "Upload");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));

        var response = await PostFilesAsync(editor, form,
            ("Khoa Châm cứu.jpg", TestImages.Jpeg(2000, 1500, gps: true)),
            ("photo.jpg", TestImages.Html()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await editor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var outcomes = list.QuerySelectorAll(".upload-results li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, outcomes.Count);
        Assert.Contains("Khoa Châm cứu.jpg: Đã tải lên", outcomes[0], StringComparison.Ordinal);
        Assert.Contains("photo.jpg: Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.", outcomes[1], StringComparison.Ordinal);

        var detailsUrl = list.QuerySelector(".upload-results a")!.GetAttribute("href")!;
        var details = await editor.GetDocumentAsync(detailsUrl);
        var variantUrls = details.QuerySelectorAll(".variant-list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(6, variantUrls.Count);
        var anonymous = BackOfficeSession.NewClient(site);
        foreach (var url in variantUrls)
        {
            var variant = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
            Assert.Equal(url.EndsWith(".webp", StringComparison.Ordinal) ? "image/webp" : "image/jpeg", variant.Content.Headers.ContentType!.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", variant.Headers.CacheControl!.ToString());
            Assert.Equal("nosniff", variant.Headers.GetValues("X-Content-Type-Options").Single());
            var bytes = await variant.Content.ReadAsByteArrayAsync();
            Assert.Equal(url.EndsWith(".webp", StringComparison.Ordinal) ? ImageFormat.WebP : ImageFormat.Jpeg, ImageSniffer.Detect(bytes));
        }
        Assert.Contains(variantUrls, u => u.EndsWith("-1600.webp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_25_megabyte_file_gets_the_vietnamese_message_not_a_bare_413()
    {
        var editor = await BackOfficeSession.SignInAsync(site, Editor);
        var before = await MediaCountAsync();
        var form = await editor.GetFormAsync(Library, handler: "Upload");

        var response = await PostFilesAsync(editor, form, ("lon.jpg", TestImages.Oversized(25 * 1024 * 1024)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await editor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("lon.jpg: Tệp quá lớn: tối đa 20 MB.", list.QuerySelector(".upload-results")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await MediaCountAsync());
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_rejected()
    {
        var editor = await BackOfficeSession.SignInAsync(site, Editor);
        var before = await MediaCountAsync();
        using var content = new MultipartFormDataContent { { File("a.jpg", TestImages.Jpeg(64, 48)), "Files", "a.jpg" } };

        var response = await editor.Client.PostAsync($"{Library}?handler=Upload", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await MediaCountAsync());
    }

    [Fact]
    public async Task Submitting_no_file_shows_a_vietnamese_error()
    {
        var editor = await BackOfficeSession.SignInAsync(site, Editor);
        var form = await editor.GetFormAsync(Library, handler: "Upload");

        var response = await PostFilesAsync(editor, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BackOfficeSession.ParseAsync(response);
        Assert.Contains("Vui lòng chọn ít nhất một tệp ảnh.", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alt_text_is_required_and_the_form_keeps_what_was_typed()
    {
        var editor = await BackOfficeSession.SignInAsync(site, Editor);
        var asset = await UploadAsync(TestImages.Jpeg(640, 480));
        var form = await editor.GetFormAsync($"{Library}/{asset.Id}");

        var response = await editor.Client.PostAsync(BackOfficeSession.Action(form) ?? $"{Library}/{asset.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.AltText"] = "",
            ["Input.Title"] = "Hội nghị điển hình tiên tiến",
            ["Input.Credit"] = "Phòng Đào tạo",
            ["__RequestVerificationToken"] = BackOfficeSession.Token(form),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BackOfficeSession.ParseAsync(response);
        Assert.Equal(MediaMessages.AltTextRequired, page.QuerySelector("[data-valmsg-for='Input.AltText']")!.TextContent.Trim());
        Assert.Equal("Hội nghị điển hình tiên tiến", page.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal("Phòng Đào tạo", page.QuerySelector<IHtmlInputElement>("#Input_Credit")!.Value);

        var saved = await editor.Client.PostAsync($"{Library}/{asset.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.AltText"] = "Hội nghị biểu dương điển hình tiên tiến năm 2025",
            ["Input.Title"] = "Hội nghị điển hình tiên tiến",
            ["__RequestVerificationToken"] = BackOfficeSession.Token(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Hội nghị biểu dương điển hình tiên tiến năm 2025", (await FindAsync(asset.Id))!.AltText);
    }

    [Fact]
    public async Task Delete_is_refused_while_a_published_article_uses_the_image_as_cover()
    {
        var editor = await BackOfficeSession.SignInAsync(site, Editor);
        var asset = await UploadAsync(TestImages.Jpeg(1200, 800), "Ảnh bìa bài điển hình");
        var article = await UseAsCoverOfAPublishedArticleAsync(asset.Id);
        var form = await editor.GetFormAsync($"{Library}/{asset.Id}", handler: "Delete");

        var response = await editor.Client.PostAsync(BackOfficeSession.Action(form), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BackOfficeSession.Token(form),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BackOfficeSession.ParseAsync(response);
        var error = page.QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("Không thể xóa ảnh này", error, StringComparison.Ordinal);
        Assert.Contains($"“{article.Title}”", error, StringComparison.Ordinal);
        Assert.NotNull(await FindAsync(asset.Id));
        var variant = await BackOfficeSession.NewClient(site).GetAsync(ResponsiveImage.Url(asset.StoredName, 800, VariantFormat.WebP));
        Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
    }

    [Fact]
    public async Task Delete_of_an_unused_image_removes_it_and_its_files()
    {
        var editor = await BackOfficeSession.SignInAsync(site, Editor);
        var asset = await UploadAsync(TestImages.Jpeg(900, 600));
        var form = await editor.GetFormAsync($"{Library}/{asset.Id}", handler: "Delete");

        var response = await editor.Client.PostAsync(BackOfficeSession.Action(form), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = BackOfficeSession.Token(form),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await FindAsync(asset.Id));
        var variant = await BackOfficeSession.NewClient(site).GetAsync(ResponsiveImage.Url(asset.StoredName, 800, VariantFormat.Jpeg));
        Assert.Equal(HttpStatusCode.NotFound, variant.StatusCode);
    }

    [Fact]
    public async Task Public_pages_render_a_responsive_picture_with_its_size_and_lazy_loading()
    {
        var asset = await UploadAsync(TestImages.Jpeg(2000, 1500), "Tập thể khoa Phục hồi chức năng");
        var article = await UseAsCoverOfAPublishedArticleAsync(asset.Id);
        var client = BackOfficeSession.NewClient(site);

        var articlePage = await BackOfficeSession.ParseAsync(await client.GetAsync($"/bai-viet/{article.Slug}"));
        var cover = articlePage.QuerySelector(".cover picture")!;
        var img = cover.QuerySelector<IHtmlImageElement>("img")!;
        var s = asset.StoredName;
        Assert.Equal($"/media/{s}-320.webp 320w, /media/{s}-800.webp 800w, /media/{s}-1600.webp 1600w",
            cover.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"));
        Assert.Equal($"/media/{s}-320.jpg 320w, /media/{s}-800.jpg 800w, /media/{s}-1600.jpg 1600w", img.GetAttribute("srcset"));
        Assert.Equal($"/media/{s}-800.jpg", img.GetAttribute("src"));
        Assert.Equal(("2000", "1500", "eager", "Tập thể khoa Phục hồi chức năng"),
            (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading"), img.GetAttribute("alt")));
        Assert.NotNull(img.GetAttribute("sizes"));

        // In the lists below the fold, cards load lazily.
        var column = await BackOfficeSession.ParseAsync(await client.GetAsync("/mo-hinh-sang-kien-kinh-nghiem"));
        var card = column.QuerySelectorAll<IHtmlImageElement>(".card img").First(i => i.GetAttribute("src")!.Contains(s, StringComparison.Ordinal));
        Assert.Equal(("lazy", "card-image"), (card.GetAttribute("loading"), card.ClassName));
    }

    [Fact]
    public async Task The_library_searches_without_diacritics_and_pages()
    {
        var editor = await BackOfficeSession.SignInAsync(site, Editor);
        var tiny = TestImages.Jpeg(64, 48);
        for (var i = 1; i <= 25; i++)
        {
            await UploadAsync(tiny, $"Ảnh phân trang số {i}");
        }

        var first = await editor.GetDocumentAsync($"{Library}?q=anh+phan+trang");
        Assert.Equal(24, first.QuerySelectorAll(".media-grid li").Length);
        Assert.Equal("anh phan trang", first.QuerySelector<IHtmlInputElement>("#q")!.Value);
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal($"{Library}?q=anh%20phan%20trang&trang=2", next);
        var second = await editor.GetDocumentAsync(next);
        Assert.Equal("Ảnh phân trang số 1", second.QuerySelector(".media-grid .media-name")!.TextContent);
    }

    [Theory]
    [InlineData("/media/..%2Fthiduacms.db")]
    [InlineData("/media/originals%2Fx.jpg")]
    [InlineData("/media/0193a1b2c3d4e5f60718293a4b5c6d7e-800.jpg")]
    [InlineData("/media/0193a1b2c3d4e5f60718293a4b5c6d7e.jpg")]
    [InlineData("/media/")]
    [InlineData("/media/x.svg")]
    public async Task Only_existing_variants_are_served(string url)
    {
        var response = await BackOfficeSession.NewClient(site).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_private_original_is_never_served()
    {
        var asset = await UploadAsync(TestImages.Jpeg(640, 480, gps: true));
        var client = BackOfficeSession.NewClient(site);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/originals/{asset.StoredName}.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/originals%2F{asset.StoredName}.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{asset.StoredName}.jpg")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostFilesAsync(BackOfficeSession session, IHtmlFormElement form, params (string Name, byte[] Bytes)[] files)
    {
        using var content = new MultipartFormDataContent { { new StringContent(BackOfficeSession.Token(form)), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            content.Add(File(name, bytes), "Files", name);
        }
        return await session.Client.PostAsync(BackOfficeSession.Action(form), content);
    }

    private static ByteArrayContent File(string name, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        // The browser's claim; the library never trusts it.
        file.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".jpg", StringComparison.Ordinal) ? "image/jpeg" : "application/octet-stream");
        return file;
    }

    private async Task<MediaAsset> UploadAsync(byte[] bytes, string? altText = null)
    {
        await using var scope = site.Scope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
        var result = await library.UploadAsync(new MemoryStream(bytes), "anh.jpg", Actor.System);
        Assert.True(result.Succeeded, result.Error);
        if (altText is not null)
        {
            Assert.True((await library.UpdateDetailsAsync(result.Value!.Id, new MediaDetails(altText, null, null), Actor.System)).Succeeded);
        }
        return (await library.FindAsync(result.Value!.Id))!;
    }

    /// <summary>A new published article (one per call, so tests do not share a cover) with the image as cover.</summary>
    private async Task<Article> UseAsCoverOfAPublishedArticleAsync(int mediaId)
    {
        await using var scope = site.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var title = $"Gương sáng khoa Phục hồi chức năng {Guid.NewGuid():N}";
        var article = new Article
        {
            Title = title,
            Slug = ThiDuaCms.Content.Text.Slug.From(title),
            Summary = "Tập thể lao động xuất sắc.",
            BodyMarkdown = "Nội dung.",
            BodyHtml = "<p>Nội dung.</p>",
            CategoryId = (await db.Categories.FirstAsync()).Id,
            CoverImageId = mediaId,
            Status = ArticleStatus.Published,
            PublishedAt = now.AddHours(-1),
            CreatedAt = now.AddHours(-2),
            UpdatedAt = now.AddHours(-1),
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    }

    private async Task<MediaAsset?> FindAsync(int id)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<MediaLibrary>().FindAsync(id);
    }

    private async Task<int> MediaCountAsync()
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().MediaAssets.CountAsync();
    }
}
