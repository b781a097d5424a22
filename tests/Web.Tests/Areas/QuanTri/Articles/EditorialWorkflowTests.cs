using System.Net;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Areas.QuanTri.Articles;

/// <summary>An article from the author's first keystroke to the public page, through the editor's forms only.</summary>
public sealed class EditorialWorkflowTests(TestSite site) : IClassFixture<TestSite>
{
    private static readonly (string Email, string Name) Author = BackOfficeSupport.DemoAccount(Roles.Author);
    private static readonly (string Email, string Name) Editor = BackOfficeSupport.DemoAccount(Roles.Editor);

    [Fact]
    public async Task An_author_writes_an_editor_sends_it_back_with_a_comment_then_publishes_it()
    {
        var author = await site.SignInAsync(Roles.Author);
        var editor = await site.SignInAsync(Roles.Editor);

        // The author's first try misses the title and the category: the form comes back with everything typed.
        var blank = await HtmlPage.GetOkAsync(author, "/quan-tri/bai-viet/moi");
        var refused = await author.SubmitAsync(blank, "form.editor", form => form
            .Set("Form.Title", "")
            .Set("Form.Summary", "Tóm tắt: sáng kiến giảm thời gian chờ khám.")
            .Set("Form.BodyMarkdown", "## Kết quả\n\nThời gian chờ giảm **30%**.")
            .Set("Form.Tags", "cải tiến, khám bệnh"));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Vui lòng nhập tiêu đề bài viết.", refused.FieldError("Form.Title"));
        Assert.Equal("Vui lòng chọn chuyên mục.", refused.FieldError("Form.CategoryId"));
        var kept = refused.Form("form.editor");
        Assert.Equal("Tóm tắt: sáng kiến giảm thời gian chờ khám.", kept["Form.Summary"]);
        Assert.Equal("## Kết quả\n\nThời gian chờ giảm **30%**.", kept["Form.BodyMarkdown"]);
        Assert.Equal("cải tiến, khám bệnh", kept["Form.Tags"]);

        // Second try from the returned form: a draft.
        var categoryId = refused.Document.QuerySelectorAll("select[name='Form.CategoryId'] option").Select(o => o.GetAttribute("value")).First(v => v != "")!;
        var created = await author.SubmitAsync(refused, "form.editor", form => form
            .Set("Form.Title", "Sáng kiến rút ngắn thời gian chờ khám")
            .Set("Form.CategoryId", categoryId));
        Assert.Equal(HttpStatusCode.Found, created.Status);
        var id = BackOfficeSupport.ArticleIdFrom(created.Location);
        var draftPage = await HtmlPage.GetOkAsync(author, created.Location!);
        Assert.Equal("Đã tạo bản nháp.", draftPage.Notice());
        Assert.Equal(["Gửi duyệt"], draftPage.WorkflowButtons());

        // The author submits it for review.
        var submitted = await author.SubmitAsync(draftPage, draftPage.WorkflowForm(ArticleStatus.InReview));
        Assert.Equal($"/quan-tri/bai-viet/{id}", submitted.Location);
        Assert.Equal("Đã chuyển bài viết sang \"Chờ duyệt\".", (await HtmlPage.GetOkAsync(author, submitted.Location!)).Notice());

        // The editor must say why when sending it back…
        var review = await HtmlPage.GetOkAsync(editor, $"/quan-tri/bai-viet/{id}");
        Assert.Equal(["Trả lại bản nháp", "Xuất bản", "Hẹn giờ xuất bản"], review.WorkflowButtons());
        var noComment = await editor.SubmitAsync(review, review.WorkflowForm(ArticleStatus.Draft), form => form.Set("Comment", ""));
        Assert.Equal(HttpStatusCode.OK, noComment.Status);
        Assert.Equal(["Vui lòng ghi nhận xét để tác giả biết cần sửa gì."], noComment.Errors);
        Assert.Equal(ArticleStatus.InReview, (await site.ArticleAsync(id)).Status);

        // …and the author reads the comment.
        var sentBack = await editor.SubmitAsync(review, review.WorkflowForm(ArticleStatus.Draft), form => form.Set("Comment", "Bổ sung số liệu của năm 2026."));
        Assert.Equal(HttpStatusCode.Found, sentBack.Status);
        var toFix = await HtmlPage.GetOkAsync(author, $"/quan-tri/bai-viet/{id}");
        Assert.Equal("Nhận xét của biên tập viên: Bổ sung số liệu của năm 2026.",
            HtmlPage.Collapse(toFix.Document.QuerySelector("p.notice[role=note]")!.TextContent));

        // The author fixes the text and submits again; the editor publishes.
        var fixedText = await author.SubmitAsync(toFix, "form.editor", form => form
            .Set("Form.BodyMarkdown", "## Kết quả\n\nNăm 2026 thời gian chờ giảm **30%**."));
        Assert.Equal(HttpStatusCode.Found, fixedText.Status);
        var resubmit = await HtmlPage.GetOkAsync(author, $"/quan-tri/bai-viet/{id}");
        Assert.Equal(HttpStatusCode.Found, (await author.SubmitAsync(resubmit, resubmit.WorkflowForm(ArticleStatus.InReview))).Status);
        var final = await HtmlPage.GetOkAsync(editor, $"/quan-tri/bai-viet/{id}");
        Assert.Equal(HttpStatusCode.Found, (await editor.SubmitAsync(final, final.WorkflowForm(ArticleStatus.Published))).Status);

        var stored = await site.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Published, stored.Status);
        Assert.Equal(site.NowUtc(), stored.PublishedAt);
        Assert.Null(stored.ReviewComment);
        var page = await HtmlPage.GetOkAsync(site.Client(), $"/bai-viet/{stored.Slug}");
        Assert.Equal(["Sáng kiến rút ngắn thời gian chờ khám"], page.H1Texts);
        Assert.Contains("Năm 2026 thời gian chờ giảm <strong>30%</strong>.", page.Html, StringComparison.Ordinal);

        // Who did what, by name.
        Assert.Equal(
            [
                (Author.Name, "Tạo bài viết"), (Author.Name, "Gửi duyệt"), (Editor.Name, "Trả lại bản nháp"),
                (Author.Name, "Gửi duyệt"), (Editor.Name, "Xuất bản"),
            ],
            (await site.AuditAsync(id)).Select(e => (e.UserName, e.Action)));
        Assert.Equal([Author.Name, Author.Name], (await site.RevisionsAsync(id)).Select(r => r.SavedBy));
    }

    [Fact]
    public async Task The_byline_starts_as_the_writers_name_not_their_email()
    {
        var author = await site.SignInAsync(Roles.Author);

        var blank = await HtmlPage.GetOkAsync(author, "/quan-tri/bai-viet/moi");

        Assert.Equal(Author.Name, blank.Form("form.editor")["Form.AuthorName"]);
    }

    [Fact]
    public async Task The_audit_log_shows_each_move_with_the_name_of_who_made_it()
    {
        var article = await site.CreateDraftAsync(Author.Email, "Bài cho nhật ký");
        var editor = await site.SignInAsync(Roles.Editor);
        var page = await HtmlPage.GetOkAsync(editor, $"/quan-tri/bai-viet/{article.Id}");
        await editor.SubmitAsync(page, page.WorkflowForm(ArticleStatus.InReview));
        var admin = await site.SignInAsync(Roles.Administrator);

        var log = await HtmlPage.GetOkAsync(admin, "/quan-tri/nhat-ky");

        var rows = log.Document.QuerySelectorAll("table.data tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => HtmlPage.Collapse(td.TextContent)).ToList())
            .Where(cells => cells[3] == $"Bài viết #{article.Id}")
            .Select(cells => (cells[1], cells[2]))
            .ToList();
        Assert.Equal([(Editor.Name, "Gửi duyệt"), (Author.Name, "Tạo bài viết")], rows);
    }

    [Fact]
    public async Task An_editor_cannot_schedule_in_the_past()
    {
        var article = await site.CreateDraftAsync(Author.Email, "Hẹn giờ nhầm");
        var editor = await site.SignInAsync(Roles.Editor);
        var page = await HtmlPage.GetOkAsync(editor, $"/quan-tri/bai-viet/{article.Id}");
        await editor.SubmitAsync(page, page.WorkflowForm(ArticleStatus.InReview));
        page = await HtmlPage.GetOkAsync(editor, $"/quan-tri/bai-viet/{article.Id}");
        var yesterday = Content.Text.VietnamTime.ToLocal(site.NowUtc()).AddDays(-1);

        var answer = await editor.SubmitAsync(page, page.WorkflowForm(ArticleStatus.Scheduled),
            form => form.Set("PublishAt", BackOfficeSupport.LocalField(yesterday)));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Thời điểm hẹn giờ phải ở tương lai.", answer.Html, StringComparison.Ordinal);
        Assert.Equal(["Thời điểm hẹn giờ phải ở tương lai."], answer.Errors);
        Assert.Equal(ArticleStatus.InReview, (await site.ArticleAsync(article.Id)).Status);
    }
}
