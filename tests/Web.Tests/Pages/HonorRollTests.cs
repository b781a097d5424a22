using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Pages;

/// <summary>
/// The honor roll against the database: every filter alone and combined gives the count the records give, each filter's
/// options carry the counts under the other filters, revoked and unpublished commendations stay out, and the downloads
/// parse back to the same rows.
/// </summary>
public sealed class HonorRollTests(TestSite site) : IClassFixture<TestSite>
{
    private sealed record Case(string Query, Func<IQueryable<Commendation>, IQueryable<Commendation>> Filter);

    private static IQueryable<Commendation> Public(ContentDbContext db) =>
        db.Commendations.Where(c => c.Decision.State == DecisionState.Published && c.RevokedOn == null);

    private async Task<IReadOnlyList<Case>> CasesAsync() => await site.QueryAsync(async (db, _) =>
    {
        var year = await Public(db).GroupBy(c => c.Year).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var title = await Public(db).GroupBy(c => c.TitleId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var department = await db.Departments.OrderByDescending(d => Public(db).Count(c => c.DepartmentId == d.Id || c.Person!.DepartmentId == d.Id))
            .Select(d => new { d.Id, d.Slug }).FirstAsync();
        var movement = await db.Movements.OrderByDescending(m => Public(db).Count(c => c.MovementId == m.Id)).Select(m => new { m.Id, m.Slug }).FirstAsync();
        return (IReadOnlyList<Case>)
        [
            new("", q => q),
            new($"nam={year}", q => q.Where(c => c.Year == year)),
            new($"danh-hieu={title}", q => q.Where(c => c.TitleId == title)),
            new("cap=co-so", q => q.Where(c => c.Decision.Authority.Level == AuthorityLevel.Facility)),
            new("cap=bo-tinh", q => q.Where(c => c.Decision.Authority.Level == AuthorityLevel.MinistryOrProvince)),
            new($"khoa-phong={department.Slug}", q => q.Where(c => c.DepartmentId == department.Id || c.Person!.DepartmentId == department.Id)),
            new($"phong-trao={movement.Slug}", q => q.Where(c => c.MovementId == movement.Id)),
            new("doi-tuong=tap-the", q => q.Where(c => c.DepartmentId != null)),
            new("doi-tuong=ca-nhan", q => q.Where(c => c.PersonId != null)),
            new($"nam={year}&doi-tuong=ca-nhan", q => q.Where(c => c.Year == year && c.PersonId != null)),
            new($"khoa-phong={department.Slug}&cap=co-so",
                q => q.Where(c => (c.DepartmentId == department.Id || c.Person!.DepartmentId == department.Id)
                    && c.Decision.Authority.Level == AuthorityLevel.Facility)),
            new($"nam={year}&danh-hieu={title}&phong-trao={movement.Slug}",
                q => q.Where(c => c.Year == year && c.TitleId == title && c.MovementId == movement.Id)),
        ];
    });

    private static int ShownTotal(HtmlPage page)
    {
        var status = page.Document.QuerySelector(".honor-summary [role=status]")?.TextContent ?? "";
        return int.Parse(new string(status.TakeWhile(c => char.IsDigit(c) || c == '.').Where(char.IsDigit).ToArray()), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Every_filter_alone_and_combined_counts_what_the_records_hold()
    {
        foreach (var @case in await CasesAsync())
        {
            var expected = await site.QueryAsync((db, _) => @case.Filter(Public(db)).CountAsync());

            var page = await HtmlPage.GetOkAsync(site.Client(), "/vinh-danh?" + @case.Query);

            Assert.True(expected == ShownTotal(page), $"{@case.Query}: expected {expected}, shown {ShownTotal(page)}");
            Assert.Equal(Math.Min(expected, 50), page.Document.QuerySelectorAll(".honor-entry").Length);
        }
    }

    [Fact]
    public async Task Each_year_offered_carries_its_count_under_the_other_filters()
    {
        var collective = await site.QueryAsync((db, _) => Public(db).Where(c => c.DepartmentId != null)
            .GroupBy(c => c.Year).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var year = collective.Keys.Max();

        // A year chosen: every year is still offered, each counted among the collectives only.
        var page = await HtmlPage.GetOkAsync(site.Client(), $"/vinh-danh?nam={year}&doi-tuong=tap-the");

        var offered = page.Document.QuerySelectorAll("#f-year option[value]:not([value=''])")
            .ToDictionary(o => int.Parse(o.GetAttribute("value")!, CultureInfo.InvariantCulture), o => o.TextContent);
        Assert.Equal(collective.Keys.Order(), offered.Keys.Order());
        Assert.All(collective, pair => Assert.Equal($"{pair.Key} ({pair.Value})", offered[pair.Key]));
        Assert.Equal(year.ToString(CultureInfo.InvariantCulture), page.Document.QuerySelector("#f-year option[selected]")?.GetAttribute("value"));
        Assert.Equal(collective[year], ShownTotal(page));
    }

    [Fact]
    public async Task Entries_are_grouped_by_year_newest_first_and_show_the_decision()
    {
        var page = await HtmlPage.GetOkAsync(site.Client(), "/vinh-danh");

        var years = page.Document.QuerySelectorAll(".honor-year > h2").Select(h => h.TextContent).ToList();
        Assert.NotEmpty(years);
        Assert.Equal(years.OrderByDescending(y => y, StringComparer.Ordinal), years);
        var newest = await site.QueryAsync((db, _) => Public(db).MaxAsync(c => c.Year));
        Assert.Equal($"Năm {newest}", years[0]);
        var entry = page.Document.QuerySelector(".honor-entry")!;
        Assert.Matches(@"Quyết định số \S+ ngày \d{2}/\d{2}/\d{4}", entry.TextContent);
        Assert.NotNull(entry.QuerySelector("a[href^='/ca-nhan/'], a[href^='/khoa-phong/']"));
    }

    [Fact]
    public async Task A_revoked_commendation_is_on_no_page_of_the_roll_and_in_neither_download()
    {
        var revoked = await site.QueryAsync((db, _) => db.Commendations.Where(c => c.RevokedOn != null).Select(c => c.Citation!).FirstAsync());
        var client = site.Client();
        var first = await HtmlPage.GetOkAsync(client, "/vinh-danh");
        var pages = (ShownTotal(first) + 49) / 50;
        Assert.True(pages > 1);
        for (var p = 1; p <= pages; p++)
        {
            var page = p == 1 ? first : await HtmlPage.GetOkAsync(client, $"/vinh-danh?trang={p}");
            Assert.DoesNotContain(revoked, page.Html, StringComparison.Ordinal);
        }

        var csv = await client.GetStringAsync(new Uri("/vinh-danh/csv", UriKind.Relative));
        Assert.DoesNotContain(revoked, csv, StringComparison.Ordinal);
        var xlsx = await ReadXlsxAsync(client, "/vinh-danh/xlsx");
        Assert.DoesNotContain(xlsx, row => row.Contains(revoked));
    }

    [Fact]
    public async Task The_downloads_parse_back_to_the_selections_rows_with_Vietnamese_intact_and_formulas_neutralised()
    {
        const string Formula = "=HYPERLINK(\"http://example.invalid\",\"Bấm vào đây\")";
        var person = await AddPublishedCommendationAsync("888/QĐ-BV", Formula);
        var client = site.Client();
        const string query = "?nam=2026&doi-tuong=ca-nhan";
        var expected = await site.QueryAsync((db, _) => Public(db).CountAsync(c => c.Year == 2026 && c.PersonId != null));

        using var response = await client.GetAsync(new Uri("/vinh-danh/csv" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        using var reader = CsvReader.Create(bytes[3..], new CsvReaderOptions { HasHeader = false, Separator = ',' });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }
        Assert.Equal("DANH SÁCH VINH DANH", rows[0][0]);
        Assert.Equal("Năm 2026 · Cá nhân", rows[1][0]);
        Assert.Equal(HonorRollExport.Header, rows[2]);
        var body = rows.Skip(3).ToList();
        Assert.Equal(expected, body.Count);
        var mine = Assert.Single(body, r => r[4] == "888/QĐ-BV");
        Assert.Equal(person, mine[7]);
        Assert.Equal("'" + Formula, mine[11]);
        Assert.Equal("30/08/2026", mine[5]);

        var sheet = await ReadXlsxAsync(client, "/vinh-danh/xlsx" + query);
        var header = sheet.FindIndex(r => r.SequenceEqual(HonorRollExport.Header));
        Assert.Equal(expected, sheet.Count - header - 1);
        var row = Assert.Single(sheet, r => r.Contains("888/QĐ-BV"));
        Assert.Contains(person, row);
        Assert.Contains(Formula, row);
    }

    [Fact]
    public async Task An_unknown_selection_or_a_page_past_the_end_is_not_found()
    {
        var client = site.Client();
        foreach (var url in new[] { "/vinh-danh?khoa-phong=khong-co", "/vinh-danh?cap=cap-xa", "/vinh-danh?doi-tuong=ai-do",
                     "/vinh-danh?danh-hieu=99999", "/vinh-danh?trang=999", "/vinh-danh/pdf", "/vinh-danh/csv?phong-trao=khong-co" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_menu_and_the_home_page_link_the_honor_roll()
    {
        var home = await HtmlPage.GetOkAsync(site.Client(), "/");

        Assert.NotNull(home.Document.QuerySelector(".site-nav a[href='/vinh-danh']"));
        Assert.NotNull(home.Document.QuerySelector("main a.more[href='/vinh-danh']"));
    }

    /// <summary>A published decision of the hospital with one Giấy khen for the first person; returns their name.</summary>
    private async Task<string> AddPublishedCommendationAsync(string number, string citation)
    {
        await using var scope = site.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var person = await db.People.OrderBy(p => p.Id).FirstAsync();
        var authorityId = await db.IssuingAuthorities.Where(a => a.Level == AuthorityLevel.Facility).Select(a => a.Id).FirstAsync();
        var titleId = await db.CommendationTitles.Where(t => t.Name == "Giấy khen").Select(t => t.Id).SingleAsync();
        var decisions = scope.ServiceProvider.GetRequiredService<DecisionService>();
        var decision = await decisions.CreateDraftAsync(
            new DecisionInput { Number = number, Date = new DateOnly(2026, 8, 30), AuthorityId = authorityId }, Actor.System);
        Assert.True(decision.Succeeded, decision.Error);
        var added = await scope.ServiceProvider.GetRequiredService<CommendationService>().AddAsync(decision.Value!.Id,
            new CommendationInput { TitleId = titleId, PersonId = person.Id, Year = 2026, Citation = citation }, Actor.System);
        Assert.True(added.Succeeded, added.Error);
        Assert.True((await decisions.CheckAsync(decision.Value.Id, Actor.System)).Succeeded);
        Assert.True((await decisions.PublishAsync(decision.Value.Id, Actor.System)).Succeeded);
        return person.FullName;
    }

    /// <summary>The first sheet's rows as text, shared strings and inline strings resolved.</summary>
    private static async Task<List<List<string>>> ReadXlsxAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = workbook.WorksheetParts.First().Worksheet;
        Assert.Empty(sheet.Descendants<CellFormula>());
        return sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.SharedString
            ? shared[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)]
            : c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
    }
}
