using System.Net;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Areas.QuanTri.Articles;

/// <summary>/quan-tri/bai-viet/{id}/phien-ban: every save listed, any two compared, any one restored as a new revision.</summary>
public sealed class RevisionsPageTests(TestSite site) : IClassFixture<TestSite>
{
    private static readonly (string Email, string Name) Author = BackOfficeSupport.DemoAccount(Roles.Author);
    private static readonly (string Email, string Name) Editor = BackOfficeSupport.DemoAccount(Roles.Editor);

    [Fact]
    public async Task The_page_lists_every_save_and_shows_what_changed_between_two()
    {
        var (id, _, _) = await ArrangeThreeRevisionsAsync("So sánh phiên bản");

        var list = await HtmlPage.GetOkAsync(await site.SignInAsync(Roles.Author), $"/quan-tri/bai-viet/{id}/phien-ban?tu=1&den=3");

        var rows = list.Document.QuerySelectorAll("table.data tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => HtmlPage.Collapse(td.TextContent)).ToList())
            .Select(cells => (cells[2], cells[4]))
            .ToList();
        Assert.Equal([("3", Editor.Name), ("2", Author.Name), ("1", Author.Name)], rows);
        Assert.Equal(["Khác biệt giữa phiên bản 1 và 3"], list.Document.QuerySelectorAll("#diff-title").Select(h => HtmlPage.Collapse(h.TextContent)));
        var diff = list.Document.QuerySelector(".diff")!;
        Assert.Equal(["Bỏ: - Đoạn một.", "Bỏ: - Đoạn hai."], diff.QuerySelectorAll("del").Select(d => HtmlPage.Collapse(d.TextContent)));
        Assert.Equal(["Thêm: + Đoạn hai đã sửa.", "Thêm: + Đoạn ba của biên tập viên."], diff.QuerySelectorAll("ins").Select(d => HtmlPage.Collapse(d.TextContent)));
        Assert.Contains("Mở đầu.", diff.QuerySelectorAll("div").Select(d => HtmlPage.Collapse(d.TextContent).Trim()));
    }

    [Fact]
    public async Task Without_two_revisions_chosen_there_is_no_diff_and_an_unknown_one_is_not_found()
    {
        var (id, _, _) = await ArrangeThreeRevisionsAsync("Chọn phiên bản");
        var editor = await site.SignInAsync(Roles.Editor);

        var plain = await HtmlPage.GetOkAsync(editor, $"/quan-tri/bai-viet/{id}/phien-ban");
        var unknown = await HtmlPage.GetAsync(editor, $"/quan-tri/bai-viet/{id}/phien-ban?tu=1&den=9");

        Assert.Null(plain.Document.QuerySelector(".diff"));
        Assert.Equal("2", plain.Document.QuerySelector("input[name=tu][checked]")?.GetAttribute("value"));
        Assert.Equal("3", plain.Document.QuerySelector("input[name=den][checked]")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Fact]
    public async Task Restoring_brings_back_old_text_as_a_new_revision_and_keeps_every_other()
    {
        var (id, first, _) = await ArrangeThreeRevisionsAsync("Khôi phục phiên bản");
        var editor = await site.SignInAsync(Roles.Editor);
        var list = await HtmlPage.GetOkAsync(editor, $"/quan-tri/bai-viet/{id}/phien-ban");
        var restoreFirst = list.Document.QuerySelectorAll("form")
            .Single(f => f.QuerySelector("input[name=number]")?.GetAttribute("value") == "1");

        var answer = await editor.SubmitAsync(list, restoreFirst);

        Assert.Equal(HttpStatusCode.Found, answer.Status);
        Assert.Equal($"/quan-tri/bai-viet/{id}", answer.Location);
        var editorPage = await HtmlPage.GetOkAsync(editor, answer.Location!);
        Assert.Equal("Đã khôi phục phiên bản 1 thành một phiên bản mới.", editorPage.Notice());
        Assert.Equal(first, editorPage.Form("form.editor")["Form.BodyMarkdown"]);
        var revisions = await site.RevisionsAsync(id);
        Assert.Equal([1, 2, 3, 4], revisions.Select(r => r.Number));
        Assert.Equal(first, revisions[0].BodyMarkdown);
        Assert.Equal((first, "Khôi phục từ phiên bản 1", Editor.Name), (revisions[3].BodyMarkdown, revisions[3].Note, revisions[3].SavedBy));
        Assert.Equal(first, (await site.ArticleAsync(id)).BodyMarkdown);

        var after = await HtmlPage.GetOkAsync(editor, $"/quan-tri/bai-viet/{id}/phien-ban");
        Assert.Equal(4, after.Document.QuerySelectorAll("table.data tbody tr").Length);
        Assert.Contains("Khôi phục từ phiên bản 1", after.Document.QuerySelector("table.data tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A draft saved three times through the editor form: by its author twice, then by the editor.</summary>
    private async Task<(int Id, string First, string Third)> ArrangeThreeRevisionsAsync(string title)
    {
        const string first = "Mở đầu.\nĐoạn một.\nĐoạn hai.";
        const string second = "Mở đầu.\nĐoạn một.\nĐoạn hai đã sửa.";
        const string third = "Mở đầu.\nĐoạn hai đã sửa.\nĐoạn ba của biên tập viên.";
        var article = await site.CreateDraftAsync(Author.Email, title, first);
        var author = await site.SignInAsync(Roles.Author);
        var editor = await site.SignInAsync(Roles.Editor);
        await SaveAsync(author, article.Id, second);
        await SaveAsync(editor, article.Id, third);
        return (article.Id, first, third);
    }

    private static async Task SaveAsync(HttpClient client, int id, string body)
    {
        var page = await HtmlPage.GetOkAsync(client, $"/quan-tri/bai-viet/{id}");
        var saved = await client.SubmitAsync(page, "form.editor", form => form.Set("Form.BodyMarkdown", body));
        Assert.Equal(HttpStatusCode.Found, saved.Status);
    }
}
