using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Tests;
using ThiDuaCms.Tests.Media;
using ThiDuaCms.Web.BackOffice;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.BackOffice;

/// <summary>One site for the matrix, with a signed-in client per role kept between cases.</summary>
public sealed class AuthorizationSite : TestSite
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public const string OtherAuthorEmail = "tacgia2@benhvien.test";
    public const string OtherAuthorPassword = "TacGiaHai2026";
    private bool _otherAuthorAdded;

    /// <summary>A second author, signed in on a new client.</summary>
    public async Task<HttpClient> OtherAuthorAsync()
    {
        if (!_otherAuthorAdded)
        {
            await this.AddUserAsync(OtherAuthorEmail, "Võ Thanh Bình", Roles.Author, OtherAuthorPassword);
            _otherAuthorAdded = true;
        }
        return await this.SignInAsync(OtherAuthorEmail, OtherAuthorPassword);
    }

    public async Task<HttpClient> ClientAsync(string who)
    {
        if (who == AuthorizationTests.Anonymous)
        {
            return this.Client();
        }
        if (!_clients.TryGetValue(who, out var client))
        {
            client = await this.SignInAsync(AuthorizationTests.RoleOf(who));
            _clients[who] = client;
        }
        return client;
    }
}

/// <summary>
/// Who may open which back-office page and call which handler, through the real pipeline: Policies, the folder conventions,
/// the per-article checks of the pages, the Vietnamese 403 page, the login redirect and antiforgery.
/// </summary>
public sealed partial class AuthorizationTests(AuthorizationSite site) : IClassFixture<AuthorizationSite>
{
    public const string Anonymous = "anonymous";
    private static readonly string[] Everyone = [Anonymous, "author", "editor", "clerk", "administrator"];

    public static string RoleOf(string who) => who switch
    {
        "author" => Roles.Author,
        "editor" => Roles.Editor,
        "clerk" => Roles.RecognitionClerk,
        "administrator" => Roles.Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    /// <summary>Expected answers, in the order of <see cref="Everyone"/>: anonymous, author, editor, clerk, administrator.</summary>
    private static readonly (string Request, int[] Expected)[] Matrix =
    [
        ("GET dashboard", [302, 200, 200, 200, 200]),
        ("GET article list", [302, 200, 200, 403, 403]),
        ("GET new article", [302, 200, 200, 403, 403]),
        ("GET edit article", [302, 200, 200, 403, 403]),
        ("GET revisions", [302, 200, 200, 403, 403]),
        ("GET preview page", [302, 200, 200, 403, 403]),
        ("GET audit log", [302, 403, 403, 403, 200]),
        ("GET users", [302, 403, 403, 403, 200]),
        ("GET media library", [302, 200, 200, 403, 403]),
        ("POST create", [302, 302, 302, 403, 403]),
        ("POST save", [302, 302, 302, 403, 403]),
        ("POST move", [302, 302, 302, 403, 403]),
        ("POST live preview", [302, 200, 200, 403, 403]),
        ("POST restore", [302, 302, 302, 403, 403]),
        ("POST sign out", [302, 302, 302, 302, 302]),
        ("POST create user", [302, 403, 403, 403, 200]),
        ("GET media details", [302, 200, 200, 403, 403]),
        ("POST media details", [302, 302, 302, 403, 403]),
        ("POST media delete", [302, 302, 302, 403, 403]),
        ("POST media upload", [302, 302, 302, 403, 403]),
    ];

    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (request, expected) in Matrix)
        {
            for (var i = 0; i < Everyone.Length; i++)
            {
                data.Add(Everyone[i], request, expected[i]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_exactly_its_pages_and_handlers(string who, string request, int expected)
    {
        var author = BackOfficeSupport.DemoAccount(Roles.Author);
        var article = await site.CreateDraftAsync(author.Email, $"Ma trận quyền: {who} {request}", "Nội dung **ban đầu**.");
        var categoryId = article.CategoryId;
        var client = request == "POST sign out" && who != Anonymous
            ? await site.SignInAsync(RoleOf(who))
            : await site.ClientAsync(who);
        var newTitle = $"Bài mới của {who} {Guid.NewGuid():N}";
        var asset = request.Contains("media", StringComparison.Ordinal) ? await UploadAsync() : null;
        var mediaCount = await MediaCountAsync();
        (string Method, string Url, (string, string)[] Fields) call = request switch
        {
            "GET dashboard" => ("GET", "/quan-tri", []),
            "GET article list" => ("GET", "/quan-tri/bai-viet", []),
            "GET new article" => ("GET", "/quan-tri/bai-viet/moi", []),
            "GET edit article" => ("GET", $"/quan-tri/bai-viet/{article.Id}", []),
            "GET revisions" => ("GET", $"/quan-tri/bai-viet/{article.Id}/phien-ban", []),
            "GET preview page" => ("GET", $"/quan-tri/bai-viet/{article.Id}/xem-thu", []),
            "GET audit log" => ("GET", "/quan-tri/nhat-ky", []),
            "GET users" => ("GET", "/quan-tri/nguoi-dung", []),
            "GET media library" => ("GET", "/quan-tri/thu-vien-anh", []),
            "POST create" => ("POST", "/quan-tri/bai-viet/moi?handler=Save",
                [("Form.Title", newTitle), ("Form.CategoryId", $"{categoryId}"), ("Form.BodyMarkdown", "Bài mới.")]),
            "POST save" => ("POST", $"/quan-tri/bai-viet/{article.Id}?handler=Save",
                [("Form.Title", article.Title), ("Form.CategoryId", $"{categoryId}"), ("Form.BodyMarkdown", "Nội dung đã sửa."), ("Form.Version", $"{article.Version}")]),
            "POST move" => ("POST", $"/quan-tri/bai-viet/{article.Id}?handler=Move", [("to", "InReview")]),
            "POST live preview" => ("POST", $"/quan-tri/bai-viet/{article.Id}?handler=Preview", [("markdownText", "Xem **trước**.")]),
            "POST restore" => ("POST", $"/quan-tri/bai-viet/{article.Id}/phien-ban?handler=Restore", [("number", "1")]),
            "POST sign out" => ("POST", "/quan-tri/dang-xuat", []),
            "POST create user" => ("POST", "/quan-tri/nguoi-dung",
                [("Input.Email", $"{who}-{Guid.NewGuid():N}@benhvien.test"), ("Input.DisplayName", "Đặng Thu Trang"), ("Input.Role", Roles.Author)]),
            "GET media details" => ("GET", $"/quan-tri/thu-vien-anh/{asset!.Id}", []),
            "POST media details" => ("POST", $"/quan-tri/thu-vien-anh/{asset!.Id}",
                [("Input.AltText", "Mô tả đã sửa"), ("Input.Title", ""), ("Input.Credit", "")]),
            "POST media delete" => ("POST", $"/quan-tri/thu-vien-anh/{asset!.Id}?handler=Delete", []),
            "POST media upload" => ("POST", "/quan-tri/thu-vien-anh?handler=Upload", []),
            _ => throw new ArgumentOutOfRangeException(nameof(request)),
        };

        var (method, url, fields) = call;
        var page = method == "GET" ? await HtmlPage.GetAsync(client, url)
            : request == "POST media upload" ? await PostUploadAsync(client, url)
            : await client.PostWithTokenAsync(url, fields);

        Assert.True((int)page.Status == expected, $"{who} {method} {url}: expected {expected}, got {(int)page.Status} {page.Location}");
        switch (expected)
        {
            case 302 when who == Anonymous:
                page.AssertRedirectsToSignIn(url);
                break;
            case 403:
                page.AssertForbidden();
                break;
            case 200 when request == "POST live preview":
                Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
                Assert.Equal("<p>Xem <strong>trước</strong>.</p>", page.Html.Trim());
                break;
            case 200:
                Assert.Single(page.H1Texts);
                break;
            case 302:
                await AssertDoneAsync(request, page, article, newTitle, client);
                break;
        }
        if (expected != 302 || who == Anonymous)
        {
            await AssertUnchangedAsync(article, newTitle);
            Assert.Equal(mediaCount, await MediaCountAsync());
            if (asset is not null)
            {
                Assert.Equal(asset.AltText, (await MediaAsync(asset.Id))?.AltText);
            }
        }
        else if (asset is not null || request == "POST media upload")
        {
            await AssertMediaDoneAsync(request, page, asset, mediaCount);
        }
    }

    private async Task<MediaAsset> UploadAsync()
    {
        await using var scope = site.Scope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
        var uploaded = await library.UploadAsync(new MemoryStream(TestImages.Jpeg(400, 300)), "ma-tran.jpg", Actor.System);
        Assert.True(uploaded.Succeeded, uploaded.Error);
        var described = await library.UpdateDetailsAsync(uploaded.Value!.Id, new MediaDetails("Mô tả ban đầu", null, null), Actor.System);
        Assert.True(described.Succeeded, described.Error);
        return (await MediaAsync(uploaded.Value!.Id))!;
    }

    private async Task<MediaAsset?> MediaAsync(int id)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().MediaAssets.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id);
    }

    private async Task<int> MediaCountAsync()
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().MediaAssets.CountAsync();
    }

    /// <summary>Uploads one small JPEG through the library's form, with a fresh antiforgery token.</summary>
    private static async Task<HtmlPage> PostUploadAsync(HttpClient client, string url)
    {
        using var content = new MultipartFormDataContent { { new StringContent(await client.AntiforgeryTokenAsync()), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(TestImages.Jpeg(320, 240));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        content.Add(file, "files", "tai-len.jpg");
        var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        return await HtmlPage.ParseAsync(response);
    }

    private async Task AssertMediaDoneAsync(string request, HtmlPage page, MediaAsset? asset, int mediaCount)
    {
        switch (request)
        {
            case "POST media details":
                Assert.Equal($"/quan-tri/thu-vien-anh/{asset!.Id}", page.Location);
                Assert.Equal("Mô tả đã sửa", (await MediaAsync(asset.Id))?.AltText);
                break;
            case "POST media delete":
                Assert.Equal("/quan-tri/thu-vien-anh", page.Location);
                Assert.Null(await MediaAsync(asset!.Id));
                break;
            case "POST media upload":
                Assert.Equal("/quan-tri/thu-vien-anh", page.Location);
                Assert.Equal(mediaCount + 1, await MediaCountAsync());
                break;
        }
    }

    [Fact]
    public async Task An_author_can_neither_open_nor_change_another_authors_draft()
    {
        var article = await site.CreateDraftAsync(BackOfficeSupport.DemoAccount(Roles.Author).Email, "Bản nháp của người khác", "Nội dung **ban đầu**.");
        var other = await site.OtherAuthorAsync();
        var url = $"/quan-tri/bai-viet/{article.Id}";

        (await HtmlPage.GetAsync(other, url)).AssertForbidden();
        (await HtmlPage.GetAsync(other, $"{url}/phien-ban")).AssertForbidden();
        (await HtmlPage.GetAsync(other, $"{url}/xem-thu")).AssertForbidden();
        (await other.PostWithTokenAsync($"{url}?handler=Save",
            ("Form.Title", "Chiếm bài"), ("Form.CategoryId", $"{article.CategoryId}"), ("Form.BodyMarkdown", "Đã bị sửa."), ("Form.Version", $"{article.Version}")))
            .AssertForbidden();
        (await other.PostWithTokenAsync($"{url}?handler=Move", ("to", "InReview"))).AssertForbidden();
        (await other.PostWithTokenAsync($"{url}/phien-ban?handler=Restore", ("number", "1"))).AssertForbidden();

        await AssertUnchangedAsync(article, "Chiếm bài");
    }

    [Fact]
    public async Task An_author_sees_their_article_in_review_read_only_and_cannot_save_it()
    {
        var author = BackOfficeSupport.DemoAccount(Roles.Author);
        var article = await site.CreateDraftAsync(author.Email, "Đã gửi duyệt", "Nội dung gửi duyệt.");
        var client = await site.ClientAsync("author");
        Assert.Equal(HttpStatusCode.Found, (await client.PostWithTokenAsync($"/quan-tri/bai-viet/{article.Id}?handler=Move", ("to", "InReview"))).Status);
        var submitted = await site.ArticleAsync(article.Id);

        var page = await HtmlPage.GetOkAsync(client, $"/quan-tri/bai-viet/{article.Id}");
        var save = await client.PostWithTokenAsync($"/quan-tri/bai-viet/{article.Id}?handler=Save",
            ("Form.Title", "Sửa sau khi gửi"), ("Form.CategoryId", $"{article.CategoryId}"), ("Form.BodyMarkdown", "Sửa lén."), ("Form.Version", $"{submitted.Version}"));

        Assert.Contains("bạn chỉ xem, không sửa được", page.Document.QuerySelector("form.editor")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("form.editor button[type=submit]"));
        Assert.Empty(page.Document.QuerySelectorAll("form.workflow-step"));
        save.AssertForbidden();
        Assert.Equal("Nội dung gửi duyệt.", (await site.ArticleAsync(article.Id)).BodyMarkdown);
    }

    [Fact]
    public async Task An_unknown_article_is_not_found()
    {
        var editor = await site.ClientAsync("editor");

        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(editor, "/quan-tri/bai-viet/987654")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(editor, "/quan-tri/bai-viet/987654/phien-ban")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(editor, "/quan-tri/bai-viet/987654/xem-thu")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.PostWithTokenAsync("/quan-tri/bai-viet/987654?handler=Move", ("to", "InReview"))).Status);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400_and_changes_nothing()
    {
        var article = await site.CreateDraftAsync(BackOfficeSupport.DemoAccount(Roles.Author).Email, "Chống giả mạo", "Nội dung **ban đầu**.");
        var editor = await site.ClientAsync("editor");
        var fields = new FormData
        {
            { "Form.Title", "Giả mạo" }, { "Form.CategoryId", $"{article.CategoryId}" },
            { "Form.BodyMarkdown", "Đã bị sửa." }, { "Form.Version", $"{article.Version}" },
        };

        var save = await HtmlPage.PostAsync(editor, $"/quan-tri/bai-viet/{article.Id}?handler=Save", fields);
        var move = await HtmlPage.PostAsync(editor, $"/quan-tri/bai-viet/{article.Id}?handler=Move", new FormData { { "to", "InReview" } });
        var signOut = await HtmlPage.PostAsync(editor, "/quan-tri/dang-xuat", new FormData());
        var signIn = await HtmlPage.PostAsync(site.Client(), "/quan-tri/dang-nhap", new FormData
        {
            { "Input.Email", BackOfficeSupport.DemoAccount(Roles.Editor).Email }, { "Input.Password", DemoUsers.Password },
        });

        Assert.All([save, move, signOut, signIn], page => Assert.Equal(HttpStatusCode.BadRequest, page.Status));
        Assert.Null(signIn.SetCookie(BackOfficeSupport.AuthCookie));
        await AssertUnchangedAsync(article, "Giả mạo");
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(editor, "/quan-tri")).Status);
    }

    [Fact]
    public async Task A_token_issued_to_another_user_is_refused()
    {
        var article = await site.CreateDraftAsync(BackOfficeSupport.DemoAccount(Roles.Author).Email, "Mượn mã chống giả mạo", "Nội dung **ban đầu**.");
        var author = await site.ClientAsync("author");
        var editorsToken = await (await site.ClientAsync("editor")).AntiforgeryTokenAsync();

        var move = await HtmlPage.PostAsync(author, $"/quan-tri/bai-viet/{article.Id}?handler=Move",
            new FormData { { "to", "InReview" }, { "__RequestVerificationToken", editorsToken } });

        Assert.Equal(HttpStatusCode.BadRequest, move.Status);
        await AssertUnchangedAsync(article, "");
    }

    /// <summary>What a successful handler did, seen in the database and in where it sends the browser.</summary>
    private async Task AssertDoneAsync(string request, HtmlPage page, Article article, string newTitle, HttpClient client)
    {
        var stored = await site.ArticleAsync(article.Id);
        switch (request)
        {
            case "POST create":
                Assert.Matches(EditUrl(), page.Location);
                var created = await site.ArticleAsync(int.Parse(page.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal((newTitle, ArticleStatus.Draft), (created.Title, created.Status));
                break;
            case "POST save":
                Assert.Equal($"/quan-tri/bai-viet/{article.Id}", page.Location);
                Assert.Equal("Nội dung đã sửa.", stored.BodyMarkdown);
                break;
            case "POST move":
                Assert.Equal($"/quan-tri/bai-viet/{article.Id}", page.Location);
                Assert.Equal(ArticleStatus.InReview, stored.Status);
                break;
            case "POST restore":
                Assert.Equal($"/quan-tri/bai-viet/{article.Id}", page.Location);
                Assert.Equal([1, 2], (await site.RevisionsAsync(article.Id)).Select(r => r.Number));
                break;
            case "POST sign out":
                Assert.Equal("/", page.Location);
                (await HtmlPage.GetAsync(client, "/quan-tri")).AssertRedirectsToSignIn("/quan-tri");
                break;
            case "POST media details" or "POST media delete" or "POST media upload":
                break;
            default:
                Assert.Fail($"{request} should not redirect.");
                break;
        }
    }

    private async Task AssertUnchangedAsync(Article article, string newTitle)
    {
        var stored = await site.ArticleAsync(article.Id);
        Assert.Equal((article.Version, ArticleStatus.Draft, "Nội dung **ban đầu**."), (stored.Version, stored.Status, stored.BodyMarkdown));
        Assert.Single(await site.RevisionsAsync(article.Id));
        await using var scope = site.Scope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.AnyAsync(a => a.Title == newTitle));
    }

    [GeneratedRegex("^/quan-tri/bai-viet/[0-9]+$")]
    private static partial Regex EditUrl();
}
