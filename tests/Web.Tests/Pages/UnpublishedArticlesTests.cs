using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Text;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Pages;

/// <summary>What is not public must not leak through any page: not the article page, not any list.</summary>
public sealed class UnpublishedArticlesTests
{
    private const string Tag = "Kiểm thử hiển thị";
    private const string TagSlug = "kiem-thu-hien-thi";

    [Fact]
    public async Task Draft_review_scheduled_and_archived_articles_are_not_found_and_listed_nowhere()
    {
        using var site = new TestSite();
        var arranged = await ArrangeAsync(site);
        var client = site.Client();

        foreach (var hidden in arranged.Hidden)
        {
            var page = await HtmlPage.GetAsync(client, $"/bai-viet/{hidden.Slug}");
            Assert.True(page.Status == HttpStatusCode.NotFound, $"{hidden.Title}: {(int)page.Status}");
            Assert.Equal(["Không tìm thấy trang"], page.H1Texts);
        }
        await AssertListedOnlyVisibleAsync(site, arranged, ListPages(arranged));
    }

    [Fact]
    public async Task Scheduled_article_appears_once_its_time_has_come_without_a_background_job()
    {
        using var site = new TestSite();
        var arranged = await ArrangeAsync(site);
        var client = site.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(client, $"/bai-viet/{arranged.Scheduled.Slug}")).Status);

        site.Clock.SetUtcNow(arranged.ScheduledAt.AddMinutes(1));

        var page = await HtmlPage.GetOkAsync(client, $"/bai-viet/{arranged.Scheduled.Slug}");
        Assert.Equal([arranged.Scheduled.Title], page.H1Texts);
        Assert.Contains(arranged.Scheduled.Slug, (await HtmlPage.GetOkAsync(client, "/")).CardSlugs());
        Assert.Equal(arranged.Scheduled.Slug, (await HtmlPage.GetOkAsync(client, "/mo-hinh-sang-kien-kinh-nghiem")).CardSlugs()[0]);
        Assert.Contains(arranged.Scheduled.Slug, await AllSlugsAsync(client, $"/the/{TagSlug}"));
        var local = VietnamTime.ToLocal(arranged.ScheduledAt);
        Assert.Contains(arranged.Scheduled.Slug, await AllSlugsAsync(client, $"/luu-tru/{local.Year}/{local.Month}"));

        // The rest stays hidden.
        var stillHidden = arranged with { Hidden = arranged.Hidden.Where(a => a.Id != arranged.Scheduled.Id).ToList() };
        await AssertListedOnlyVisibleAsync(site, stillHidden, ListPages(arranged));
    }

    private sealed record Arranged(
        Article Visible, IReadOnlyList<Article> Hidden, Article Scheduled, DateTime ScheduledAt,
        string CategorySlug, string PersonSlug, string DepartmentSlug, string MovementSlug, DateTime Recent);

    /// <summary>
    /// One visible article and four that are not (draft, in review, scheduled, archived; a publication dated in the
    /// future is refused by the workflow, since nothing would announce it when it appears),
    /// all featured, recent, and about the same category, tag, person, department and movement, so every list would show them.
    /// </summary>
    private static async Task<Arranged> ArrangeAsync(TestSite site)
    {
        var (category, person, department, movement) = await site.QueryAsync(async (db, _) => (
            await db.Categories.OrderBy(c => c.Id).FirstAsync(),
            await db.People.OrderBy(p => p.Id).FirstAsync(),
            await db.Departments.OrderBy(d => d.Id).FirstAsync(),
            await db.Movements.OrderBy(m => m.Id).FirstAsync()));
        var now = site.NowUtc();
        ArticleInput Input(string title) => new()
        {
            Title = title,
            BodyMarkdown = "Nội dung chưa được công bố.",
            CategoryId = category.Id,
            Tags = [Tag],
            IsFeatured = true,
            PersonIds = [person.Id],
            DepartmentIds = [department.Id],
            MovementIds = [movement.Id],
        };

        var recent = now.AddHours(-1);
        var visible = await site.CreateArticleAsync(Input("Bài đã công bố để đối chứng"), ArticleStatus.Published, recent.AddMinutes(-1));
        var draft = await site.CreateArticleAsync(Input("Bài nháp chưa công bố"), ArticleStatus.Draft);
        var inReview = await site.CreateArticleAsync(Input("Bài đang chờ duyệt"), ArticleStatus.InReview);
        // Soon: advancing the fake clock fires the scheduled publisher's 30 s timer once per period passed.
        var scheduledAt = now.AddHours(1);
        var scheduled = await site.CreateArticleAsync(Input("Bài hẹn giờ đăng"), ArticleStatus.Scheduled, scheduledAt);
        var archived = await site.CreateArticleAsync(Input("Bài đã lưu trữ"), ArticleStatus.Archived, recent);

        return new Arranged(visible, [draft, inReview, scheduled, archived], scheduled, scheduledAt,
            category.Slug, person.Slug, department.Slug, movement.Slug, recent);
    }

    private static List<string> ListPages(Arranged arranged)
    {
        var local = VietnamTime.ToLocal(arranged.Recent);
        return
        [
            "/",
            "/mo-hinh-sang-kien-kinh-nghiem",
            $"/mo-hinh-sang-kien-kinh-nghiem?chuyen-muc={arranged.CategorySlug}",
            $"/chuyen-muc/{arranged.CategorySlug}",
            $"/the/{TagSlug}",
            $"/luu-tru/{local.Year}",
            $"/luu-tru/{local.Year}/{local.Month}",
            $"/ca-nhan/{arranged.PersonSlug}",
            $"/khoa-phong/{arranged.DepartmentSlug}",
            $"/phong-trao/{arranged.MovementSlug}",
            $"/bai-viet/{arranged.Visible.Slug}",
        ];
    }

    private static async Task AssertListedOnlyVisibleAsync(TestSite site, Arranged arranged, IEnumerable<string> pages)
    {
        var client = site.Client();
        foreach (var url in pages)
        {
            var shown = await AllSlugsAsync(client, url);
            if (url != $"/bai-viet/{arranged.Visible.Slug}")
            {
                Assert.True(shown.Contains(arranged.Visible.Slug), $"{url} does not list the published control article.");
            }
            foreach (var hidden in arranged.Hidden)
            {
                Assert.False(shown.Contains(hidden.Slug), $"{url} lists \"{hidden.Title}\" ({hidden.Status}).");
            }
            var html = (await HtmlPage.GetOkAsync(client, url)).Html;
            Assert.All(arranged.Hidden, hidden => Assert.DoesNotContain(hidden.Title, html, StringComparison.Ordinal));
        }

        // The archive index does not count them either.
        var archive = await HtmlPage.GetOkAsync(client, "/luu-tru");
        var local = VietnamTime.ToLocal(arranged.Recent);
        var expected = await site.QueryAsync((_, visible) => visible.Select(a => a.PublishedAt!.Value).ToListAsync());
        var month = archive.Document.QuerySelectorAll(".archive-index li")
            .Single(li => li.QuerySelector("a")?.GetAttribute("href") == $"/luu-tru/{local.Year}/{local.Month}");
        var count = expected.Select(VietnamTime.ToLocal).Count(t => t.Year == local.Year && t.Month == local.Month);
        Assert.Equal($"({count})", month.QuerySelector(".count")?.TextContent);
    }

    /// <summary>Every article link on every page of a list (cards and the previous/next links of an article page).</summary>
    private static async Task<List<string>> AllSlugsAsync(HttpClient client, string url)
    {
        var slugs = new List<string>();
        string? next = url;
        while (next is not null)
        {
            var page = await HtmlPage.GetOkAsync(client, next);
            slugs.AddRange(page.Document.QuerySelectorAll("a[href^='/bai-viet/']")
                .Select(a => a.GetAttribute("href")!["/bai-viet/".Length..]));
            next = page.NextPageUrl;
        }
        return slugs;
    }
}
