using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Text;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Pages;

/// <summary>Every public page type, on the demo content as it is: what to expect is read from the database.</summary>
public sealed class PublicPagesTests(TestSite site) : IClassFixture<TestSite>
{
    private const string ColumnName = "Mô hình, sáng kiến, kinh nghiệm";

    public static TheoryData<string> PageKinds =>
        ["home", "column", "article", "archive", "archive-year", "archive-month", "category", "tag", "person", "department", "movement"];

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Page_answers_200_in_Vietnamese_with_one_h1(string kind)
    {
        var (url, h1) = await ResolveAsync(kind);

        var page = await HtmlPage.GetOkAsync(site.Client(), url);

        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", page.Response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("vi", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal([h1], page.H1Texts);
        Assert.NotEmpty(page.Document.Title ?? "");
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task Vietnamese_is_written_as_characters_not_entities(string kind)
    {
        var (url, h1) = await ResolveAsync(kind);

        var page = await HtmlPage.GetOkAsync(site.Client(), url);

        Assert.Contains(ColumnName, page.Html, StringComparison.Ordinal);
        Assert.Contains(h1, page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x1EC7;", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.NonAsciiEntities);
    }

    [Fact]
    public async Task Home_shows_the_newest_article_and_links_to_the_column()
    {
        var newest = (await site.VisibleSlugsAsync())[0];

        var page = await HtmlPage.GetOkAsync(site.Client(), "/");

        Assert.Contains(newest, page.CardSlugs());
        Assert.NotNull(page.Document.QuerySelector("a[href='/mo-hinh-sang-kien-kinh-nghiem']"));
    }

    [Fact]
    public async Task Article_page_shows_its_category_date_and_body()
    {
        var article = await site.QueryAsync((_, visible) => visible.Include(a => a.Category).OrderByDescending(a => a.PublishedAt).FirstAsync());

        var page = await HtmlPage.GetOkAsync(site.Client(), $"/bai-viet/{article.Slug}");

        Assert.Equal(VietnamTime.Date(article.PublishedAt!.Value), page.Document.QuerySelector("article time")?.TextContent);
        Assert.Equal($"/chuyen-muc/{article.Category.Slug}", page.Document.QuerySelector(".article-head .kicker a")?.GetAttribute("href"));
        var prose = page.Document.QuerySelector(".prose");
        Assert.NotNull(prose);
        Assert.False(string.IsNullOrWhiteSpace(prose.TextContent));
    }

    [Theory]
    [InlineData("category")]
    [InlineData("tag")]
    [InlineData("person")]
    [InlineData("department")]
    [InlineData("movement")]
    [InlineData("archive-year")]
    [InlineData("archive-month")]
    public async Task List_page_shows_the_number_of_its_articles(string kind)
    {
        var (url, _) = await ResolveAsync(kind);
        var expected = await ExpectedCountAsync(kind);

        var page = await HtmlPage.GetOkAsync(site.Client(), url);

        Assert.True(expected > 0, $"{kind}: the test picked a subject without articles.");
        Assert.Equal(expected, page.ResultCount);
    }

    [Fact]
    public async Task Department_page_lists_its_people()
    {
        var department = await site.QueryAsync((db, _) => db.Departments.Include(d => d.People).OrderByDescending(d => d.People.Count).FirstAsync());

        var page = await HtmlPage.GetOkAsync(site.Client(), $"/khoa-phong/{department.Slug}");

        var linked = page.Document.QuerySelectorAll("a.person-name").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.All(department.People, p => Assert.Contains($"/ca-nhan/{p.Slug}", linked));
    }

    [Fact]
    public async Task Movement_page_shows_its_period()
    {
        var movement = await site.QueryAsync((db, _) => db.Movements.OrderBy(m => m.Id).FirstAsync());

        var page = await HtmlPage.GetOkAsync(site.Client(), $"/phong-trao/{movement.Slug}");

        Assert.Contains(VietnamTime.Date(movement.StartDate), page.Document.QuerySelector(".page-head .meta")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var page = await HtmlPage.GetOkAsync(site.Client(), "/");

        Assert.Equal("nosniff", page.Response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self'", page.Response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    /// <summary>The URL of one page of the kind, and the h1 it must show, from the demo content as seeded.</summary>
    private async Task<(string Url, string H1)> ResolveAsync(string kind)
    {
        var newest = await site.QueryAsync((_, visible) => visible.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).FirstAsync());
        var local = VietnamTime.ToLocal(newest.PublishedAt!.Value);
        return kind switch
        {
            "home" => ("/", $"{ColumnName} – Bệnh viện Y học cổ truyền và Phục hồi chức năng Khánh Hòa"),
            "column" => ("/mo-hinh-sang-kien-kinh-nghiem", ColumnName),
            "article" => ($"/bai-viet/{newest.Slug}", newest.Title),
            "archive" => ("/luu-tru", "Lưu trữ bài viết"),
            "archive-year" => ($"/luu-tru/{local.Year}", $"Lưu trữ năm {local.Year}"),
            "archive-month" => ($"/luu-tru/{local.Year}/{local.Month}", $"Lưu trữ tháng {local.Month:00}/{local.Year}"),
            "category" => await FirstAsync(
                (db, visible) => db.Categories.Where(c => visible.Any(a => a.CategoryId == c.Id)).OrderBy(c => c.SortOrder),
                c => ($"/chuyen-muc/{c.Slug}", c.Name)),
            "tag" => await FirstAsync(
                (db, visible) => db.Tags.Where(t => visible.Any(a => a.Tags.Any(x => x.Id == t.Id))).OrderBy(t => t.Id),
                t => ($"/the/{t.Slug}", t.Name)),
            "person" => await FirstAsync(
                (db, visible) => db.People.Where(p => visible.Any(a => a.People.Any(x => x.Id == p.Id))).OrderBy(p => p.Id),
                p => ($"/ca-nhan/{p.Slug}", p.FullName)),
            "department" => await FirstAsync(
                (db, visible) => db.Departments
                    .Where(d => visible.Any(a => a.Departments.Any(x => x.Id == d.Id) || a.People.Any(p => p.DepartmentId == d.Id)))
                    .OrderBy(d => d.Id),
                d => ($"/khoa-phong/{d.Slug}", d.Name)),
            "movement" => await FirstAsync(
                (db, visible) => db.Movements.Where(m => visible.Any(a => a.Movements.Any(x => x.Id == m.Id))).OrderBy(m => m.Id),
                m => ($"/phong-trao/{m.Slug}", m.Name)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>The first subject the query finds (one that has public articles), as a URL and the h1 its page shows.</summary>
    private Task<(string Url, string H1)> FirstAsync<T>(
        Func<ContentDbContext, IQueryable<Article>, IQueryable<T>> query, Func<T, (string Url, string H1)> page) =>
        site.QueryAsync(async (db, visible) => page(await query(db, visible).FirstAsync()));

    private async Task<int> ExpectedCountAsync(string kind)
    {
        var (url, _) = await ResolveAsync(kind);
        var slug = url[(url.LastIndexOf('/') + 1)..];
        return kind switch
        {
            "category" => await site.QueryAsync((_, visible) => visible.CountAsync(a => a.Category.Slug == slug)),
            "tag" => await site.QueryAsync((_, visible) => visible.CountAsync(a => a.Tags.Any(t => t.Slug == slug))),
            "person" => await site.QueryAsync((_, visible) => visible.CountAsync(a => a.People.Any(p => p.Slug == slug))),
            "department" => await site.QueryAsync((_, visible) => visible.CountAsync(a =>
                a.Departments.Any(d => d.Slug == slug) || a.People.Any(p => p.Department!.Slug == slug))),
            "movement" => await site.QueryAsync((_, visible) => visible.CountAsync(a => a.Movements.Any(m => m.Slug == slug))),
            "archive-year" or "archive-month" => await CountInPeriodAsync(url),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private async Task<int> CountInPeriodAsync(string url)
    {
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(int.Parse).ToList();
        var times = await site.QueryAsync((_, visible) => visible.Select(a => a.PublishedAt!.Value).ToListAsync());
        return times.Select(VietnamTime.ToLocal).Count(t => t.Year == parts[0] && (parts.Count == 1 || t.Month == parts[1]));
    }
}
