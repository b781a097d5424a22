using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Text;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Pages;

/// <summary>
/// The demo site with five articles a page, plus articles of its own spread over categories, years, movements and
/// departments, so paging and every filter have something to cut whatever the demo content is.
/// </summary>
public sealed class ColumnSite : TestSite, IAsyncLifetime
{
    public const int PageSize = 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Content:PageSize", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task InitializeAsync()
    {
        var (categories, movements, departments, people) = await this.QueryAsync(async (db, _) => (
            await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(),
            await db.Movements.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(),
            await db.Departments.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(),
            await db.People.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync()));

        for (var i = 0; i < 13; i++)
        {
            // Vietnam time; the first one is 00:30 on New Year's Day, still 31/12 in UTC.
            var local = i == 0 ? new DateTime(2025, 1, 1, 0, 30, 0) : new DateTime(2023 + (i % 3), 1 + (i % 12), 1 + i, 9, 0, 0);
            await this.CreateArticleAsync(new ArticleInput
            {
                Title = $"Bài kiểm thử chuyên mục số {i + 1}",
                BodyMarkdown = "Nội dung kiểm thử.",
                // Every other one in the first category, so that category alone needs more than one page.
                CategoryId = i % 2 == 0 ? categories[0] : categories[(i / 2) % categories.Count],
                MovementIds = i % 2 == 0 ? [movements[i % movements.Count]] : [],
                DepartmentIds = i % 3 == 0 ? [departments[i % departments.Count]] : [],
                PersonIds = i % 4 == 1 ? [people[i % people.Count]] : [],
            }, ArticleStatus.Published, VietnamTime.ToUtc(local));
        }
        // The counts come from the reference snapshot, replaced by a change-log handler after the commits.
        await this.DeliveredAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public sealed class ColumnTests(ColumnSite site) : IClassFixture<ColumnSite>
{
    private const string Column = "/mo-hinh-sang-kien-kinh-nghiem";

    [Fact]
    public async Task First_page_shows_a_full_page_and_the_total_count()
    {
        var all = await site.VisibleSlugsAsync();
        var totalPages = (all.Count + ColumnSite.PageSize - 1) / ColumnSite.PageSize;
        Assert.True(totalPages > 2, "The fixture should give the column several pages.");

        var page = await HtmlPage.GetOkAsync(site.Client(), Column);

        Assert.Equal(all.Take(ColumnSite.PageSize), page.CardSlugs());
        Assert.Equal(all.Count, page.ResultCount);
        Assert.Contains($"trang 1/{totalPages}", HtmlPage.Collapse(page.Document.QuerySelector(".result-count")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_page_continues_where_the_first_stopped()
    {
        var all = await site.VisibleSlugsAsync();

        var first = await HtmlPage.GetOkAsync(site.Client(), Column);
        var second = await HtmlPage.GetOkAsync(site.Client(), $"{Column}?trang=2");

        Assert.Equal(all.Skip(ColumnSite.PageSize).Take(ColumnSite.PageSize), second.CardSlugs());
        Assert.Empty(first.CardSlugs().Intersect(second.CardSlugs()));
        Assert.Equal($"{Column}?trang=2", first.NextPageUrl);
        Assert.Equal(Column, second.Document.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_pager_links_the_first_and_last_pages_with_an_ellipsis_for_those_left_out()
    {
        var totalPages = ((await site.VisibleSlugsAsync()).Count + ColumnSite.PageSize - 1) / ColumnSite.PageSize;
        Assert.True(totalPages >= 7, $"The fixture needs 7 pages to leave some out, it has {totalPages}.");

        var first = await HtmlPage.GetOkAsync(site.Client(), Column);
        var middle = await HtmlPage.GetOkAsync(site.Client(), $"{Column}?trang=4");

        var last = totalPages.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["1", "2", "3", "…", last, "Trang sau ›"], PagerItems(first));
        Assert.Equal(["‹ Trang trước", "1", "2", "3", "4", "5", "6", .. (totalPages > 7 ? new[] { "…" } : []), last, "Trang sau ›"],
            PagerItems(middle));
        Assert.Equal("4", middle.Document.QuerySelector("nav.pager [aria-current=page]")?.TextContent);
        Assert.Equal($"{Column}?trang={last}", first.Document.QuerySelector($"nav.pager a[aria-label='Trang {last}']")?.GetAttribute("href"));
        Assert.Equal($"{Column}?trang=3", middle.Document.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal($"{Column}?trang=5", middle.NextPageUrl);

        static List<string> PagerItems(HtmlPage page) =>
            page.Document.QuerySelectorAll("nav.pager li").Select(li => li.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task Walking_every_page_shows_every_public_article_once_newest_first()
    {
        Assert.Equal(await site.VisibleSlugsAsync(), await AllSlugsAsync(Column));
    }

    [Fact]
    public async Task Last_page_holds_the_remainder()
    {
        var all = await site.VisibleSlugsAsync();
        var totalPages = (all.Count + ColumnSite.PageSize - 1) / ColumnSite.PageSize;

        var last = await HtmlPage.GetOkAsync(site.Client(), $"{Column}?trang={totalPages}");

        Assert.Equal(all.Skip((totalPages - 1) * ColumnSite.PageSize), last.CardSlugs());
        Assert.Null(last.NextPageUrl);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9999")]
    [InlineData("10000")]
    public async Task A_year_out_of_range_finds_nothing_instead_of_failing(string year)
    {
        var page = await HtmlPage.GetOkAsync(site.Client(), $"{Column}?nam={year}");

        Assert.Contains("Chưa có bài viết nào.", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(site.Client(), "/luu-tru/9999/12")).Status);
    }

    [Fact]
    public async Task Page_beyond_the_last_is_not_found()
    {
        var all = await site.VisibleSlugsAsync();
        var totalPages = (all.Count + ColumnSite.PageSize - 1) / ColumnSite.PageSize;

        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(site.Client(), $"{Column}?trang={totalPages + 1}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(site.Client(), $"{Column}?trang=999")).Status);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task Page_numbers_below_one_are_not_found(string page) =>
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(site.Client(), $"{Column}?trang={page}")).Status);

    [Fact]
    public async Task Category_filter_shows_exactly_that_category()
    {
        var categories = await site.QueryAsync((db, _) => db.Categories.Select(c => c.Slug).ToListAsync());
        foreach (var category in categories)
        {
            var expected = await site.VisibleSlugsAsync(q => q.Where(a => a.Category.Slug == category));
            Assert.Equal(expected, await AllSlugsAsync($"{Column}?chuyen-muc={category}"));
        }
    }

    [Fact]
    public async Task Year_filter_shows_exactly_that_year_in_Vietnam_time()
    {
        var published = await PublishedLocalAsync();
        var years = published.Select(p => p.Local.Year).Distinct().ToList();
        Assert.True(years.Count > 1);

        foreach (var year in years)
        {
            var expected = published.Where(p => p.Local.Year == year).Select(p => p.Slug).ToList();
            Assert.Equal(expected, await AllSlugsAsync($"{Column}?nam={year}"));
        }
    }

    [Fact]
    public async Task Year_filter_for_a_year_without_articles_shows_an_empty_list()
    {
        var firstYear = (await PublishedLocalAsync()).Min(p => p.Local.Year);

        var page = await HtmlPage.GetOkAsync(site.Client(), $"{Column}?nam={firstYear - 1}");

        Assert.Empty(page.CardSlugs());
        Assert.Equal(0, page.ResultCount);
    }

    [Fact]
    public async Task Movement_filter_shows_exactly_that_movement()
    {
        var movements = await site.QueryAsync((db, _) => db.Movements.Select(m => m.Slug).ToListAsync());
        foreach (var movement in movements)
        {
            var expected = await site.VisibleSlugsAsync(q => q.Where(a => a.Movements.Any(m => m.Slug == movement)));
            Assert.Equal(expected, await AllSlugsAsync($"{Column}?phong-trao={movement}"));
        }
    }

    [Fact]
    public async Task Department_filter_shows_articles_about_the_department_or_its_people()
    {
        var departments = await site.QueryAsync((db, _) => db.Departments.Select(d => d.Slug).ToListAsync());
        var nonEmpty = 0;
        foreach (var department in departments)
        {
            var expected = await site.VisibleSlugsAsync(q => q.Where(a =>
                a.Departments.Any(d => d.Slug == department) || a.People.Any(p => p.Department!.Slug == department)));
            nonEmpty += expected.Count > 0 ? 1 : 0;
            Assert.Equal(expected, await AllSlugsAsync($"{Column}?khoa-phong={department}"));
        }
        Assert.True(nonEmpty > 0);
    }

    [Fact]
    public async Task Combined_filters_intersect()
    {
        var published = await PublishedLocalAsync();
        var categories = await site.QueryAsync((db, _) => db.Categories.Select(c => c.Slug).ToListAsync());
        var movements = await site.QueryAsync((db, _) => db.Movements.Select(m => m.Slug).ToListAsync());
        var checkedNonEmpty = 0;

        foreach (var category in categories)
        {
            var inCategory = await site.VisibleSlugsAsync(q => q.Where(a => a.Category.Slug == category));
            foreach (var year in published.Select(p => p.Local.Year).Distinct())
            {
                var inYear = published.Where(p => p.Local.Year == year).Select(p => p.Slug);
                var expected = inCategory.Intersect(inYear).ToList();
                checkedNonEmpty += expected.Count > 0 ? 1 : 0;
                Assert.Equal(expected, await AllSlugsAsync($"{Column}?chuyen-muc={category}&nam={year}"));
            }
        }

        var firstCategory = categories[0];
        foreach (var movement in movements)
        {
            var expected = await site.VisibleSlugsAsync(q => q.Where(a => a.Category.Slug == firstCategory && a.Movements.Any(m => m.Slug == movement)));
            Assert.Equal(expected, await AllSlugsAsync($"{Column}?chuyen-muc={firstCategory}&phong-trao={movement}"));
        }
        Assert.True(checkedNonEmpty > 1);
    }

    [Fact]
    public async Task Filter_form_marks_the_chosen_options_selected()
    {
        var (category, movement, department) = await site.QueryAsync(async (db, _) => (
            await db.Categories.OrderBy(c => c.Id).Select(c => c.Slug).LastAsync(),
            await db.Movements.OrderBy(m => m.Id).Select(m => m.Slug).FirstAsync(),
            await db.Departments.OrderBy(d => d.Id).Select(d => d.Slug).FirstAsync()));
        var year = (await PublishedLocalAsync()).Max(p => p.Local.Year);

        var page = await HtmlPage.GetOkAsync(site.Client(), $"{Column}?chuyen-muc={category}&nam={year}&phong-trao={movement}&khoa-phong={department}");

        Assert.Equal([category], Selected(page, "chuyen-muc"));
        Assert.Equal([year.ToString(System.Globalization.CultureInfo.InvariantCulture)], Selected(page, "nam"));
        Assert.Equal([movement], Selected(page, "phong-trao"));
        Assert.Equal([department], Selected(page, "khoa-phong"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='{Column}']"));
    }

    [Fact]
    public async Task Unfiltered_form_selects_nothing_and_offers_every_choice()
    {
        var (categories, movements, departments) = await site.QueryAsync(async (db, _) => (
            await db.Categories.Select(c => c.Slug).ToListAsync(),
            await db.Movements.Select(m => m.Slug).ToListAsync(),
            await db.Departments.Select(d => d.Slug).ToListAsync()));
        var years = (await PublishedLocalAsync()).Select(p => p.Local.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct();

        var page = await HtmlPage.GetOkAsync(site.Client(), Column);

        foreach (var name in new[] { "chuyen-muc", "nam", "phong-trao", "khoa-phong" })
        {
            Assert.Empty(Selected(page, name));
        }
        Assert.Equal(categories.Order(), Options(page, "chuyen-muc").Order());
        Assert.Equal(years.Order(), Options(page, "nam").Order());
        Assert.Equal(movements.Order(), Options(page, "phong-trao").Order());
        Assert.Equal(departments.Order(), Options(page, "khoa-phong").Order());
    }

    [Fact]
    public async Task Pager_links_keep_the_filter_in_the_query()
    {
        var category = await site.QueryAsync((db, visible) => db.Categories
            .OrderByDescending(c => visible.Count(a => a.CategoryId == c.Id)).Select(c => c.Slug).FirstAsync());
        var inCategory = await site.VisibleSlugsAsync(q => q.Where(a => a.Category.Slug == category));
        Assert.True(inCategory.Count > ColumnSite.PageSize, "The fixture should give one category more than a page.");

        var first = await HtmlPage.GetOkAsync(site.Client(), $"{Column}?chuyen-muc={category}");

        Assert.Equal($"{Column}?chuyen-muc={category}&trang=2", first.NextPageUrl);
        var second = await HtmlPage.GetOkAsync(site.Client(), first.NextPageUrl!);
        Assert.Equal([category], Selected(second, "chuyen-muc"));
        Assert.Equal(inCategory.Skip(ColumnSite.PageSize).Take(ColumnSite.PageSize), second.CardSlugs());
    }

    [Fact]
    public async Task Unknown_filter_values_show_an_empty_list()
    {
        var page = await HtmlPage.GetOkAsync(site.Client(), $"{Column}?chuyen-muc=khong-co&phong-trao=khong-co");

        Assert.Empty(page.CardSlugs());
        Assert.Equal(0, page.ResultCount);
    }

    [Fact]
    public async Task Empty_filter_values_mean_no_filter()
    {
        var page = await HtmlPage.GetOkAsync(site.Client(), $"{Column}?chuyen-muc=&nam=&phong-trao=&khoa-phong=");

        Assert.Equal((await site.VisibleSlugsAsync()).Count, page.ResultCount);
    }

    /// <summary>The cards of every page of a list, following the pager's "next" links; each page must be full but the last.</summary>
    private async Task<List<string>> AllSlugsAsync(string url)
    {
        var client = site.Client();
        var slugs = new List<string>();
        var page = await HtmlPage.GetOkAsync(client, url);
        var total = page.ResultCount;
        while (true)
        {
            var cards = page.CardSlugs();
            Assert.True(page.NextPageUrl is null || cards.Count == ColumnSite.PageSize, $"{page.Url}: a page before the last is not full.");
            Assert.Equal(total, page.ResultCount);
            slugs.AddRange(cards);
            if (page.NextPageUrl is not { } next)
            {
                break;
            }
            page = await HtmlPage.GetOkAsync(client, next);
        }
        Assert.Equal(total, slugs.Count);
        return slugs;
    }

    /// <summary>Public articles with their publish time in Vietnam time, newest first.</summary>
    private async Task<List<(string Slug, DateTime Local)>> PublishedLocalAsync()
    {
        var rows = await site.QueryAsync((_, visible) => visible
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => new { a.Slug, PublishedAt = a.PublishedAt!.Value })
            .ToListAsync());
        return rows.Select(r => (r.Slug, VietnamTime.ToLocal(r.PublishedAt))).ToList();
    }

    private static List<string> Selected(HtmlPage page, string name) =>
        page.Document.QuerySelectorAll($"form.filters select[name='{name}'] option[selected]").Select(o => o.GetAttribute("value") ?? "").ToList();

    private static List<string> Options(HtmlPage page, string name) =>
        page.Document.QuerySelectorAll($"form.filters select[name='{name}'] option")
            .Select(o => o.GetAttribute("value") ?? "").Where(v => v.Length > 0).ToList();
}
