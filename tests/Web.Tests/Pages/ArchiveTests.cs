using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Text;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Pages;

public sealed class ArchiveTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public async Task Archive_index_counts_every_month_and_year_as_the_database_does()
    {
        var published = await PublishedLocalAsync();
        var expectedMonths = published
            .GroupBy(p => (p.Local.Year, p.Local.Month))
            .OrderByDescending(g => g.Key)
            .Select(g => ($"/luu-tru/{g.Key.Year}/{g.Key.Month}", $"({g.Count()})"))
            .ToList();
        var expectedYears = published
            .GroupBy(p => p.Local.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => ($"/luu-tru/{g.Key}", $"({g.Count()})"))
            .ToList();

        var page = await HtmlPage.GetOkAsync(site.Client(), "/luu-tru");

        var months = page.Document.QuerySelectorAll(".archive-index li")
            .Select(li => (li.QuerySelector("a")?.GetAttribute("href") ?? "", li.QuerySelector(".count")?.TextContent ?? ""))
            .ToList();
        var years = page.Document.QuerySelectorAll(".archive-index h3")
            .Select(h => (h.QuerySelector("a")?.GetAttribute("href") ?? "", h.QuerySelector(".count")?.TextContent ?? ""))
            .ToList();
        Assert.Equal(expectedMonths, months);
        Assert.Equal(expectedYears, years);
    }

    [Fact]
    public async Task Every_year_page_lists_the_articles_of_that_Vietnam_year()
    {
        var published = await PublishedLocalAsync();
        foreach (var year in published.Select(p => p.Local.Year).Distinct())
        {
            var expected = published.Where(p => p.Local.Year == year).Select(p => p.Slug).ToList();

            var page = await HtmlPage.GetOkAsync(site.Client(), $"/luu-tru/{year}");

            Assert.Equal(expected.Count, page.ResultCount);
            Assert.Equal(expected.Take(12), page.CardSlugs());
            Assert.Equal([$"Lưu trữ năm {year}"], page.H1Texts);
        }
    }

    [Fact]
    public async Task Every_month_page_lists_the_articles_of_that_Vietnam_month()
    {
        var published = await PublishedLocalAsync();
        foreach (var month in published.Select(p => (p.Local.Year, p.Local.Month)).Distinct())
        {
            var expected = published.Where(p => (p.Local.Year, p.Local.Month) == month).Select(p => p.Slug).ToList();

            var page = await HtmlPage.GetOkAsync(site.Client(), $"/luu-tru/{month.Year}/{month.Month}");

            Assert.Equal(expected.Count, page.ResultCount);
            Assert.Equal(expected.Take(12), page.CardSlugs());
            Assert.Equal([$"Lưu trữ tháng {month.Month:00}/{month.Year}"], page.H1Texts);
        }
    }

    [Fact]
    public async Task Periods_without_articles_are_not_found()
    {
        var published = await PublishedLocalAsync();
        var before = published.Min(p => p.Local.Year) - 1;
        var emptyMonth = Enumerable.Range(1, 12).Select(m => (Year: published[0].Local.Year, Month: m))
            .Concat(Enumerable.Range(1, 12).Select(m => (Year: before + 1, Month: m)))
            .FirstOrDefault(m => !published.Any(p => (p.Local.Year, p.Local.Month) == m));

        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(site.Client(), $"/luu-tru/{before}")).Status);
        if (emptyMonth != default)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(site.Client(), $"/luu-tru/{emptyMonth.Year}/{emptyMonth.Month}")).Status);
        }
    }

    private async Task<List<(string Slug, DateTime Local)>> PublishedLocalAsync()
    {
        var rows = await site.QueryAsync((_, visible) => visible
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => new { a.Slug, PublishedAt = a.PublishedAt!.Value })
            .ToListAsync());
        return rows.Select(r => (r.Slug, VietnamTime.ToLocal(r.PublishedAt))).ToList();
    }
}
