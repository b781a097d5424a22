using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Search;
using ThiDuaCms.Content.Text;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Pages;

/// <summary>The public search page through the real HTTP pipeline, over the demo content and its index.</summary>
public sealed class SearchPageTests(TestSite site) : IClassFixture<TestSite>
{
    public static TheoryData<string> HostileQueries() => new()
    {
        "\"điển hình",
        "\"",
        "*",
        "?",
        "dien*",
        "AND(",
        "OR",
        "~",
        "hồng~2",
        "\\",
        "((((",
        "))))",
        "title:x",
        "+-!^[]{}:/",
        new string('a', 2_000),
        string.Concat(Enumerable.Repeat("điển hình ", 200)),
        "🏥💉👩‍⚕️",
        "điển hình tiên tiến".Normalize(NormalizationForm.FormD),
        "!!! ... ???",
        "",
        "   ",
        "<script>alert(1)</script>",
        "a\"b\"c\"d",
        "152/QĐ-SYT",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Whatever_is_typed_answers_a_search_page(string query)
    {
        await IndexedAsync();
        var page = await HtmlPage.GetAsync(site.Client(), "/tim-kiem?q=" + Uri.EscapeDataString(query));
        Assert.True(page.Status == HttpStatusCode.OK, $"“{query}” answered {(int)page.Status}");
        Assert.Single(page.H1Texts);
        Assert.NotNull(page.Document.QuerySelector("form.site-search input[name=q]"));
        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tim-kiem?q=%ED%A0%80")] // a lone surrogate, as invalid UTF-8
    [InlineData("/tim-kiem?q=%FF%FE")]
    [InlineData("/tim-kiem?q=a&q=b")]
    [InlineData("/tim-kiem?q=hoa&trang=abc")]
    [InlineData("/tim-kiem?q=hoa&trang=-5")]
    [InlineData("/tim-kiem?q=hoa&trang=999999999999")]
    public async Task Malformed_query_strings_answer_a_search_page(string url)
    {
        await IndexedAsync();
        var page = await HtmlPage.GetAsync(site.Client(), url);
        Assert.True(page.Status == HttpStatusCode.OK, $"{url} answered {(int)page.Status}");
        Assert.Single(page.H1Texts);
    }

    [Fact]
    public async Task A_published_article_is_found_without_diacritics_with_its_words_marked_and_the_query_kept_in_the_box()
    {
        await IndexedAsync();
        var article = await site.QueryAsync((_, visible) => visible.OrderBy(a => a.Id).Select(a => new { a.Title, a.Slug }).FirstAsync());
        var folded = VietnameseText.Fold(article.Title);

        var page = await HtmlPage.GetOkAsync(site.Client(), "/tim-kiem?q=" + Uri.EscapeDataString(folded));

        var links = page.Document.QuerySelectorAll(".search-hit h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/bai-viet/{article.Slug}", links);
        Assert.NotEmpty(page.Document.QuerySelectorAll(".search-hit .snippet mark"));
        Assert.Equal(folded, page.Document.QuerySelector("form.site-search input[name=q]")!.GetAttribute("value"));
        Assert.Empty(page.NonAsciiEntities);
        Assert.Equal("noindex", page.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task An_empty_box_and_a_query_with_no_results_answer_friendly_pages()
    {
        await IndexedAsync();
        var empty = await HtmlPage.GetOkAsync(site.Client(), "/tim-kiem");
        Assert.Contains("Nhập từ khóa", empty.Html, StringComparison.Ordinal);

        var none = await HtmlPage.GetOkAsync(site.Client(), "/tim-kiem?q=" + Uri.EscapeDataString("xyzzy ngoằn"));
        Assert.Contains("Không tìm thấy kết quả nào", none.Html, StringComparison.Ordinal);
        Assert.Equal("/tim-kiem?q=xyzzy%20ngoan", none.Document.QuerySelector(".search-empty a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Every_page_has_a_search_box_that_sends_a_plain_get_to_the_search_page()
    {
        var home = await HtmlPage.GetOkAsync(site.Client(), "/");
        var form = home.Document.QuerySelector("header form.site-search")!;
        Assert.Equal("/tim-kiem", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[type=search][name=q]"));
        Assert.NotNull(home.Document.QuerySelector("label[for=tim-kiem]"));
    }

    [Fact]
    public async Task A_draft_is_not_found_after_publishing_it_is_and_after_archiving_it_is_gone()
    {
        const string Title = "Sáng kiến gối thảo dược cho người bệnh mất ngủ";
        var draft = await site.CreateArticleAsync(new ArticleInput { Title = Title, BodyMarkdown = "Gối thảo dược.", CategoryId = await CategoryIdAsync() }, ArticleStatus.Draft);
        await IndexedAsync();
        Assert.DoesNotContain(Title, await FoundTitlesAsync("goi thao duoc"));

        await MoveAsync(draft.Id, ArticleStatus.InReview);
        await MoveAsync(draft.Id, ArticleStatus.Published);
        await IndexedAsync();
        Assert.Contains(Title, await FoundTitlesAsync("goi thao duoc"));

        await MoveAsync(draft.Id, ArticleStatus.Archived);
        await IndexedAsync();
        Assert.DoesNotContain(Title, await FoundTitlesAsync("gối thảo dược"));
    }

    [Fact]
    public async Task An_index_folder_deleted_while_the_site_runs_is_rebuilt_at_the_next_change_with_the_same_results()
    {
        using var own = new TestSite();
        var searchSite = new SearchPageTests(own);
        await searchSite.IndexedAsync();
        var before = AllTitles(own, "benh vien");
        Assert.NotEmpty(before);

        Directory.Delete(Path.Combine(own.DataDirectory, "search"), recursive: true);
        const string Title = "Bệnh viện mở lớp dưỡng sinh cho người bệnh";
        await own.CreateArticleAsync(new ArticleInput { Title = Title, BodyMarkdown = "Lớp học.", CategoryId = await searchSite.CategoryIdAsync() },
            ArticleStatus.Published, own.NowUtc());
        await searchSite.IndexedAsync();

        Assert.Contains(Title, await searchSite.FoundTitlesAsync(Title));
        var after = AllTitles(own, "benh vien");
        Assert.Contains(Title, after);
        Assert.Equal(before.Order(StringComparer.Ordinal), after.Where(t => t != Title).Order(StringComparer.Ordinal));
        Assert.True(Directory.Exists(Path.Combine(own.DataDirectory, "search")));
    }

    private static List<string> AllTitles(TestSite on, string query) =>
        on.Services.GetRequiredService<SiteSearch>().Search(query, 1, 200).Hits.Items.Select(h => h.Title).ToList();

    private async Task<List<string>> FoundTitlesAsync(string query)
    {
        var page = await HtmlPage.GetOkAsync(site.Client(), "/tim-kiem?q=" + Uri.EscapeDataString(query));
        return page.Document.QuerySelectorAll(".search-hit h2 a").Select(a => HtmlPage.Collapse(a.TextContent)).ToList();
    }

    private async Task MoveAsync(int id, ArticleStatus to)
    {
        await using var scope = site.Scope();
        var moved = await scope.ServiceProvider.GetRequiredService<ArticleService>().MoveAsync(id, to, Actor.System, to == ArticleStatus.Published ? site.NowUtc() : null);
        Assert.True(moved.Succeeded, moved.Error);
    }

    private Task<int> CategoryIdAsync() => site.QueryAsync((db, _) => db.Categories.Select(c => c.Id).FirstAsync());

    /// <summary>Waits until the site's index handler has applied everything committed so far (the first time: its rebuild).</summary>
    private Task IndexedAsync() => site.DeliveredAsync(typeof(UpdateSearchIndexOnContentChange));
}
