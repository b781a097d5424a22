using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Areas.QuanTri;

/// <summary>/quan-tri and /quan-tri/bai-viet: what each role is offered, and the article list's filters.</summary>
public sealed class DashboardTests(TestSite site) : IClassFixture<TestSite>
{
    private static readonly string AuthorEmail = BackOfficeSupport.DemoAccount(Roles.Author).Email;

    [Theory]
    [InlineData(Roles.Author, new[] { "Tổng quan", "Bài viết", "Xem trang công khai" }, true)]
    [InlineData(Roles.Editor, new[] { "Tổng quan", "Bài viết", "Xem trang công khai" }, true)]
    [InlineData(Roles.RecognitionClerk, new[] { "Tổng quan", "Xem trang công khai" }, false)]
    [InlineData(Roles.Administrator, new[] { "Tổng quan", "Người dùng", "Nhật ký", "Xem trang công khai" }, false)]
    public async Task Each_role_is_offered_only_the_parts_it_may_open(string role, string[] menu, bool writes)
    {
        var dashboard = await HtmlPage.GetOkAsync(await site.SignInAsync(role), "/quan-tri");

        // The media library (/quan-tri/thu-vien-anh) is being built elsewhere; its menu entry is left to it.
        var entries = dashboard.Document.QuerySelectorAll("nav.site-nav a")
            .Where(a => a.GetAttribute("href")?.StartsWith("/quan-tri/thu-vien-anh", StringComparison.Ordinal) != true)
            .Select(a => HtmlPage.Collapse(a.TextContent));
        Assert.Equal(menu, entries);
        Assert.Equal(writes, dashboard.Document.QuerySelector("a[href='/quan-tri/bai-viet/moi']") is not null);
        Assert.True(dashboard.Response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_dashboard_shows_my_drafts_and_the_desk_by_status()
    {
        var mine = await site.CreateDraftAsync(AuthorEmail, "Nháp riêng của tác giả");
        var editors = await site.CreateDraftAsync(BackOfficeSupport.DemoAccount(Roles.Editor).Email, "Nháp riêng của biên tập viên");
        var waiting = await site.CreateDraftAsync(AuthorEmail, "Bài đang chờ duyệt trên bàn");
        await using (var scope = site.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<ArticleService>();
            Assert.True((await service.MoveAsync(waiting.Id, ArticleStatus.InReview, Actor.System)).Succeeded);
        }

        var dashboard = await HtmlPage.GetOkAsync(await site.SignInAsync(Roles.Author), "/quan-tri");

        var myDrafts = Titles(dashboard, "#desk-ban-nhap-cua-toi");
        Assert.Contains(mine.Title, myDrafts);
        Assert.DoesNotContain(editors.Title, myDrafts);
        Assert.DoesNotContain(waiting.Title, myDrafts);
        Assert.Contains(waiting.Title, Titles(dashboard, "#desk-cho-duyet"));
        Assert.NotEmpty(Titles(dashboard, "#desk-moi-xuat-ban"));
    }

    [Fact]
    public async Task The_article_list_filters_by_status_and_title()
    {
        var draft = await site.CreateDraftAsync(AuthorEmail, "Bản nháp tìm thấy được");
        var editor = await site.SignInAsync(Roles.Editor);

        var drafts = await HtmlPage.GetOkAsync(editor, "/quan-tri/bai-viet?trang-thai=Draft");
        var search = await HtmlPage.GetOkAsync(editor, "/quan-tri/bai-viet?q=" + Uri.EscapeDataString("tìm thấy được"));

        Assert.Contains(draft.Title, Rows(drafts).Select(r => r.Title));
        Assert.All(Rows(drafts), r => Assert.Equal("Bản nháp", r.Status));
        Assert.Equal([(draft.Title, "Bản nháp")], Rows(search));
        Assert.Equal($"/quan-tri/bai-viet/{draft.Id}", search.Document.QuerySelector("table.data tbody a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Unpublished_work_of_others_stays_off_the_dashboard_of_authors_and_clerks()
    {
        var othersInReview = await site.CreateDraftAsync(BackOfficeSupport.DemoAccount(Roles.Editor).Email, "Bài chờ duyệt của người khác");
        await using (var scope = site.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<ArticleService>();
            Assert.True((await service.MoveAsync(othersInReview.Id, ArticleStatus.InReview, Actor.System)).Succeeded);
        }

        var author = await HtmlPage.GetOkAsync(await site.SignInAsync(Roles.Author), "/quan-tri");
        var clerk = await HtmlPage.GetOkAsync(await site.SignInAsync(Roles.RecognitionClerk), "/quan-tri");
        var editor = await HtmlPage.GetOkAsync(await site.SignInAsync(Roles.Editor), "/quan-tri");

        Assert.DoesNotContain(othersInReview.Title, Titles(author, "#desk-cho-duyet"));
        Assert.DoesNotContain(othersInReview.Title, Titles(clerk, "#desk-cho-duyet"));
        Assert.Contains(othersInReview.Title, Titles(editor, "#desk-cho-duyet"));
    }

    [Fact]
    public async Task An_author_lists_only_their_own_articles_an_editor_lists_all()
    {
        var mine = await site.CreateDraftAsync(AuthorEmail, "Bản nháp của tác giả trong danh sách");
        var editors = await site.CreateDraftAsync(BackOfficeSupport.DemoAccount(Roles.Editor).Email, "Bản nháp của biên tập viên trong danh sách");

        var authorList = Rows(await HtmlPage.GetOkAsync(await site.SignInAsync(Roles.Author), "/quan-tri/bai-viet?q=trong+danh+s%C3%A1ch"));
        var editorList = Rows(await HtmlPage.GetOkAsync(await site.SignInAsync(Roles.Editor), "/quan-tri/bai-viet?q=trong+danh+s%C3%A1ch"));

        Assert.Equal([mine.Title], authorList.Select(r => r.Title));
        Assert.Equal([editors.Title, mine.Title], editorList.Select(r => r.Title).Order(StringComparer.Ordinal));
    }

    private static List<string> Titles(HtmlPage page, string headingId) =>
        page.Document.QuerySelector(headingId)!.ParentElement!.QuerySelectorAll("li a").Select(a => HtmlPage.Collapse(a.TextContent)).ToList();

    private static List<(string Title, string Status)> Rows(HtmlPage page) =>
        page.Document.QuerySelectorAll("table.data tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => HtmlPage.Collapse(td.TextContent)).ToList())
            .Select(cells => (cells[0], cells[1]))
            .ToList();
}
