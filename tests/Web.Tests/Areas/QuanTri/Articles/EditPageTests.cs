using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Areas.QuanTri.Articles;

/// <summary>The article editor (/quan-tri/bai-viet/moi and /quan-tri/bai-viet/{id}) and its preview.</summary>
public sealed class EditPageTests(TestSite site) : IClassFixture<TestSite>
{
    private const string ConflictMessage =
        "Bài viết đã được người khác lưu sau khi bạn mở. Bản của bạn chưa được lưu: hãy so sánh hai bản dưới đây, chỉnh lại rồi lưu lần nữa.";

    private static readonly string AuthorEmail = BackOfficeSupport.DemoAccount(Roles.Author).Email;

    [Fact]
    public async Task Two_people_saving_the_same_version_the_second_sees_both_versions_and_keeps_their_text()
    {
        var article = await site.CreateDraftAsync(AuthorEmail, "Bài sửa cùng lúc", "Bản gốc.");
        var author = await site.SignInAsync(Roles.Author);
        var editor = await site.SignInAsync(Roles.Editor);
        var url = $"/quan-tri/bai-viet/{article.Id}";
        var authorsPage = await HtmlPage.GetOkAsync(author, url);
        var editorsPage = await HtmlPage.GetOkAsync(editor, url);

        var first = await editor.SubmitAsync(editorsPage, "form.editor", form => form.Set("Form.BodyMarkdown", "Bản của biên tập viên."));
        var second = await author.SubmitAsync(authorsPage, "form.editor", form => form
            .Set("Form.Title", "Tiêu đề của tác giả")
            .Set("Form.BodyMarkdown", "Bản của tác giả."));

        Assert.Equal(HttpStatusCode.Found, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal([ConflictMessage], second.Errors);
        var panels = second.Document.QuerySelectorAll("section.conflict .panel").Select(p => p.TextContent).ToList();
        Assert.Equal(2, panels.Count);
        Assert.Contains("Bản của biên tập viên.", panels[0], StringComparison.Ordinal);
        Assert.Contains("Bản của tác giả.", panels[1], StringComparison.Ordinal);
        Assert.Contains("Tiêu đề của tác giả", panels[1], StringComparison.Ordinal);
        var kept = second.Form("form.editor");
        Assert.Equal(("Tiêu đề của tác giả", "Bản của tác giả."), (kept["Form.Title"], kept["Form.BodyMarkdown"]));
        var stored = await site.ArticleAsync(article.Id);
        Assert.Equal(("Bài sửa cùng lúc", "Bản của biên tập viên."), (stored.Title, stored.BodyMarkdown));
        Assert.Equal($"{stored.Version}", kept["Form.Version"]);

        // Saving again from the conflict page is deliberate, and goes through.
        var retry = await author.SubmitAsync(second, "form.editor");

        Assert.Equal(HttpStatusCode.Found, retry.Status);
        Assert.Equal("Bản của tác giả.", (await site.ArticleAsync(article.Id)).BodyMarkdown);
        Assert.Equal(["Bản gốc.", "Bản của biên tập viên.", "Bản của tác giả."], (await site.RevisionsAsync(article.Id)).Select(r => r.BodyMarkdown));
    }

    [Fact]
    public async Task Markdown_with_a_script_is_stored_as_typed_but_never_reaches_a_page_as_markup()
    {
        const string body = "Đoạn **an toàn**.\n\n<script>alert('xss')</script>\n\n<img src=x onerror=\"alert(2)\">\n\n[bấm vào đây](javascript:alert(3))";
        var author = await site.SignInAsync(Roles.Author);
        var blank = await HtmlPage.GetOkAsync(author, "/quan-tri/bai-viet/moi");
        var categoryId = blank.Document.QuerySelectorAll("select[name='Form.CategoryId'] option").Select(o => o.GetAttribute("value")).First(v => v != "")!;

        var created = await author.SubmitAsync(blank, "form.editor", form => form
            .Set("Form.Title", "Bài có mã độc")
            .Set("Form.CategoryId", categoryId)
            .Set("Form.BodyMarkdown", body));

        var id = BackOfficeSupport.ArticleIdFrom(created.Location);
        var stored = await site.ArticleAsync(id);
        Assert.Equal(body, stored.BodyMarkdown);
        Assert.DoesNotContain("<script", stored.BodyHtml, StringComparison.OrdinalIgnoreCase);

        var editorPage = await HtmlPage.GetOkAsync(author, $"/quan-tri/bai-viet/{id}");
        Assert.Equal(body, editorPage.Form("form.editor")["Form.BodyMarkdown"]);
        AssertNoActiveContent(editorPage);
        Assert.Contains("<strong>an toàn</strong>", editorPage.Document.QuerySelector("#preview")!.InnerHtml, StringComparison.Ordinal);

        var livePreview = await author.PostWithTokenAsync($"/quan-tri/bai-viet/{id}?handler=Preview", ("markdownText", body));
        Assert.Equal(HttpStatusCode.OK, livePreview.Status);
        AssertNoActiveContent(livePreview);

        await using (var scope = site.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<ArticleService>();
            Assert.True((await service.MoveAsync(id, ArticleStatus.InReview, Actor.System)).Succeeded);
            Assert.True((await service.MoveAsync(id, ArticleStatus.Published, Actor.System)).Succeeded);
        }
        var publicPage = await HtmlPage.GetOkAsync(site.Client(), $"/bai-viet/{stored.Slug}");
        AssertNoActiveContent(publicPage);
        Assert.Contains("<strong>an toàn</strong>", publicPage.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slug_taken_by_another_article_is_explained_next_to_the_field_and_nothing_typed_is_lost()
    {
        var taken = await site.CreateDraftAsync(AuthorEmail, "Bài giữ đường dẫn");
        var article = await site.CreateDraftAsync(AuthorEmail, "Bài muốn đổi đường dẫn", "Nội dung cũ.");
        var author = await site.SignInAsync(Roles.Author);
        var page = await HtmlPage.GetOkAsync(author, $"/quan-tri/bai-viet/{article.Id}");

        var refused = await author.SubmitAsync(page, "form.editor", form => form
            .Set("Form.Slug", taken.Slug)
            .Set("Form.BodyMarkdown", "Nội dung mới đã gõ."));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal($"Đường dẫn \"{taken.Slug}\" đã được bài viết khác sử dụng.", refused.FieldError("Form.Slug"));
        Assert.Equal("Nội dung mới đã gõ.", refused.Form("form.editor")["Form.BodyMarkdown"]);
        Assert.Equal("Nội dung cũ.", (await site.ArticleAsync(article.Id)).BodyMarkdown);
    }

    [Fact]
    public async Task A_title_over_300_characters_is_refused_in_Vietnamese()
    {
        var article = await site.CreateDraftAsync(AuthorEmail, "Tiêu đề vừa phải");
        var author = await site.SignInAsync(Roles.Author);
        var page = await HtmlPage.GetOkAsync(author, $"/quan-tri/bai-viet/{article.Id}");

        var refused = await author.SubmitAsync(page, "form.editor", form => form.Set("Form.Title", new string('ệ', 301)));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Tiêu đề không được dài quá 300 ký tự.", refused.FieldError("Form.Title"));
        Assert.Equal(new string('ệ', 301), refused.Form("form.editor")["Form.Title"]);
    }

    [Theory]
    [InlineData(Roles.Author)]
    [InlineData(Roles.Editor)]
    public async Task The_preview_shows_a_draft_at_its_public_look_to_signed_in_users_only(string role)
    {
        var article = await site.CreateDraftAsync(AuthorEmail, $"Bản nháp xem thử ({role})", "## Mục một\n\nNội dung **xem thử**.");
        var client = await site.SignInAsync(role);
        var url = $"/quan-tri/bai-viet/{article.Id}/xem-thu";

        var preview = await HtmlPage.GetOkAsync(client, url);

        Assert.Equal([article.Title], preview.H1Texts);
        Assert.Equal("Bản xem thử (Bản nháp) – người đọc chưa thấy trang này. Quay lại trình soạn thảo",
            HtmlPage.Collapse(preview.Document.QuerySelector(".preview-banner")!.TextContent));
        Assert.Contains("Nội dung <strong>xem thử</strong>.", preview.Html, StringComparison.Ordinal);
        Assert.Contains("Chưa xuất bản", preview.Html, StringComparison.Ordinal);
        Assert.Equal("noindex", preview.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.True(preview.Response.Headers.CacheControl?.NoStore);
        (await HtmlPage.GetAsync(site.Client(), url)).AssertRedirectsToSignIn(url);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(site.Client(), $"/bai-viet/{article.Slug}")).Status);
    }

    /// <summary>No script element, event handler or javascript: link came from the article.</summary>
    private static void AssertNoActiveContent(HtmlPage page)
    {
        Assert.DoesNotContain(page.Document.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Empty(page.Document.QuerySelectorAll("[onerror]"));
        Assert.Empty(page.Document.QuerySelectorAll("a[href^='javascript']"));
        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
    }
}
