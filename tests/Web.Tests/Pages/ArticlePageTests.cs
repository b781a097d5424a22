using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Text;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Pages;

/// <summary>"/bai-viet/{slug}". Each test writes its own articles, so each runs on its own site.</summary>
public sealed class ArticlePageTests
{
    [Fact]
    public async Task Body_is_rendered_sanitized()
    {
        using var site = new TestSite();
        var article = await site.CreateArticleAsync(await InputAsync(site, "Bài có mã độc",
            "## Kết quả đạt được\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(2)>\n\n[Sở Y tế](https://syt.khanhhoa.gov.vn)"),
            ArticleStatus.Published);

        var page = await HtmlPage.GetOkAsync(site.Client(), $"/bai-viet/{article.Slug}");

        Assert.DoesNotContain("<script", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.Document.QuerySelectorAll("script, [onerror], [onclick], [onload]"));
        Assert.Equal("ket-qua-dat-duoc", page.Document.QuerySelector(".prose h2")?.Id);
        var external = page.Document.QuerySelector(".prose a[href='https://syt.khanhhoa.gov.vn']");
        Assert.Equal("noopener noreferrer", external?.GetAttribute("rel"));
    }

    [Fact]
    public async Task Date_is_shown_as_dd_MM_yyyy_in_Vietnam_time()
    {
        using var site = new TestSite();
        var publishedAt = new DateTime(2024, 3, 15, 23, 30, 0, DateTimeKind.Utc);
        var article = await site.CreateArticleAsync(await InputAsync(site, "Bài đăng lúc nửa đêm"), ArticleStatus.Published, publishedAt);

        var page = await HtmlPage.GetOkAsync(site.Client(), $"/bai-viet/{article.Slug}");

        var time = page.Document.QuerySelector(".article-head time");
        Assert.Equal("16/03/2024", time?.TextContent);
        Assert.Equal("2024-03-15T23:30:00Z", time?.GetAttribute("datetime"));
    }

    [Fact]
    public async Task People_in_the_article_are_shown_as_cards_linking_to_their_pages()
    {
        using var site = new TestSite();
        var people = await site.QueryAsync((db, _) => db.People.Include(p => p.Department).OrderBy(p => p.Id).Take(3).ToListAsync());
        var department = await site.QueryAsync((db, _) => db.Departments.OrderBy(d => d.Id).FirstAsync());
        var article = await site.CreateArticleAsync(await InputAsync(site, "Tập thể và cá nhân tiêu biểu") with
        {
            PersonIds = people.Select(p => p.Id).ToList(),
            DepartmentIds = [department.Id],
        }, ArticleStatus.Published);
        var client = site.Client();

        var page = await HtmlPage.GetOkAsync(client, $"/bai-viet/{article.Slug}");

        var cards = page.Document.QuerySelectorAll(".subjects .person-card a.person-name")
            .ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent.Trim());
        foreach (var person in people)
        {
            Assert.Equal(person.FullName, cards[$"/ca-nhan/{person.Slug}"]);
            var profile = await HtmlPage.GetOkAsync(client, $"/ca-nhan/{person.Slug}");
            Assert.Contains(article.Slug, profile.CardSlugs());
        }
        Assert.Equal(department.Name, cards[$"/khoa-phong/{department.Slug}"]);
    }

    [Fact]
    public async Task Previous_and_next_links_lead_to_the_neighbours_in_time()
    {
        using var site = new TestSite();
        var start = new DateTime(2019, 7, 3, 2, 13, 0, DateTimeKind.Utc);
        var older = await site.CreateArticleAsync(await InputAsync(site, "Bài cũ hơn"), ArticleStatus.Published, start);
        var middle = await site.CreateArticleAsync(await InputAsync(site, "Bài ở giữa"), ArticleStatus.Published, start.AddMinutes(1));
        var newer = await site.CreateArticleAsync(await InputAsync(site, "Bài mới hơn"), ArticleStatus.Published, start.AddMinutes(2));
        var client = site.Client();

        var page = await HtmlPage.GetOkAsync(client, $"/bai-viet/{middle.Slug}");

        Assert.Equal($"/bai-viet/{older.Slug}", page.Document.QuerySelector(".prev-next a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal($"/bai-viet/{newer.Slug}", page.Document.QuerySelector(".prev-next a[rel=next]")?.GetAttribute("href"));
        Assert.Contains("Bài cũ hơn", page.Document.QuerySelector(".prev-next a[rel=prev]")?.TextContent, StringComparison.Ordinal);

        // At the ends of the timeline there is nothing to link to.
        var timeline = await site.VisibleSlugsAsync();
        var newest = await HtmlPage.GetOkAsync(client, $"/bai-viet/{timeline[0]}");
        Assert.Null(newest.Document.QuerySelector(".prev-next a[rel=next]"));
        Assert.Equal($"/bai-viet/{timeline[1]}", newest.Document.QuerySelector(".prev-next a[rel=prev]")?.GetAttribute("href"));
        var oldest = await HtmlPage.GetOkAsync(client, $"/bai-viet/{timeline[^1]}");
        Assert.Null(oldest.Document.QuerySelector(".prev-next a[rel=prev]"));
    }

    [Fact]
    public async Task Old_slug_redirects_permanently_to_the_new_one()
    {
        using var site = new TestSite();
        var article = await site.CreateArticleAsync(await InputAsync(site, "Mô hình cũ tên dài"), ArticleStatus.Published);
        await site.RenameAsync(article.Id, "mo-hinh-ten-moi");
        var client = site.Client();

        var response = await client.GetAsync(new Uri($"/bai-viet/{article.Slug}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/bai-viet/mo-hinh-ten-moi", response.Headers.Location?.OriginalString);
        var moved = await HtmlPage.GetOkAsync(client, "/bai-viet/mo-hinh-ten-moi");
        Assert.Equal(["Mô hình cũ tên dài"], moved.H1Texts);
    }

    [Fact]
    public async Task Old_slug_of_an_archived_article_is_not_found_rather_than_revealing_the_new_slug()
    {
        using var site = new TestSite();
        var article = await site.CreateArticleAsync(await InputAsync(site, "Bài đổi tên rồi lưu trữ"), ArticleStatus.Published, site.NowUtc().AddDays(-1));
        await site.RenameAsync(article.Id, "ten-moi-da-luu-tru");
        await using (var scope = site.Scope())
        {
            var moved = await scope.ServiceProvider.GetRequiredService<ArticleService>().MoveAsync(article.Id, ArticleStatus.Archived, Actor.System);
            Assert.True(moved.Succeeded, moved.Error);
        }

        var page = await HtmlPage.GetAsync(site.Client(), $"/bai-viet/{article.Slug}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Null(page.Response.Headers.Location);
        Assert.DoesNotContain("ten-moi-da-luu-tru", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tags_link_to_their_pages()
    {
        using var site = new TestSite();
        var article = await site.CreateArticleAsync(await InputAsync(site, "Bài có thẻ") with { Tags = ["Điều dưỡng kiểm thử", "Thủy châm kiểm thử"] },
            ArticleStatus.Published);
        var client = site.Client();

        var page = await HtmlPage.GetOkAsync(client, $"/bai-viet/{article.Slug}");

        var tags = page.Document.QuerySelectorAll("nav.tags a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/the/dieu-duong-kiem-thu", "#Điều dưỡng kiểm thử"), ("/the/thuy-cham-kiem-thu", "#Thủy châm kiểm thử")], tags);
        var tagPage = await HtmlPage.GetOkAsync(client, "/the/thuy-cham-kiem-thu");
        Assert.Equal(["Thủy châm kiểm thử"], tagPage.H1Texts);
        Assert.Equal([article.Slug], tagPage.CardSlugs());
    }

    private static async Task<ArticleInput> InputAsync(TestSite site, string title, string body = "Nội dung bài viết.")
    {
        var categoryId = await site.QueryAsync((db, _) => db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        return new ArticleInput { Title = title, BodyMarkdown = body, CategoryId = categoryId, AuthorName = "Phòng Đào tạo – NCKH – CĐT" };
    }
}
