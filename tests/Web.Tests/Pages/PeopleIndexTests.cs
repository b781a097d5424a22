using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Text;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Pages;

/// <summary>The people's index: Vietnamese name order, narrowed by department, paged, linked from the honor roll.</summary>
public sealed class PeopleIndexTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public async Task Everyone_is_listed_in_Vietnamese_name_order_given_name_first()
    {
        var names = await site.QueryAsync((db, _) => db.People.Select(p => p.FullName).ToListAsync());
        var client = site.Client();
        var first = await HtmlPage.GetOkAsync(client, "/ca-nhan");
        var shown = new List<string>();
        var pages = (names.Count + 47) / 48;
        for (var p = 1; p <= pages; p++)
        {
            var page = p == 1 ? first : await HtmlPage.GetOkAsync(client, $"/ca-nhan?trang={p}");
            shown.AddRange(page.Document.QuerySelectorAll(".person-grid .person-name").Select(a => a.TextContent));
        }

        Assert.Equal(names.OrderBy(VietnameseSort.PersonNameKey, StringComparer.Ordinal), shown);
        Assert.NotNull(first.Document.QuerySelector(".person-grid a.person-name[href^='/ca-nhan/']"));
    }

    [Fact]
    public async Task A_department_narrows_the_list_to_its_people()
    {
        var department = await site.QueryAsync((db, _) => db.Departments.OrderByDescending(d => db.People.Count(p => p.DepartmentId == d.Id))
            .Select(d => new { d.Id, d.Slug, d.Name }).FirstAsync());
        var expected = await site.QueryAsync((db, _) => db.People.Where(p => p.DepartmentId == department.Id).Select(p => p.FullName).ToListAsync());

        var page = await HtmlPage.GetOkAsync(site.Client(), $"/ca-nhan?khoa-phong={department.Slug}");

        Assert.Equal(expected.Order(StringComparer.Ordinal), page.Document.QuerySelectorAll(".person-name").Select(a => a.TextContent).Order(StringComparer.Ordinal));
        Assert.Equal($"Cán bộ, nhân viên – {department.Name}", page.Document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task An_unknown_department_or_a_page_past_the_end_is_not_found_and_the_honor_roll_links_the_index()
    {
        var client = site.Client();
        using var unknown = await client.GetAsync(new Uri("/ca-nhan?khoa-phong=khong-co", UriKind.Relative));
        using var past = await client.GetAsync(new Uri("/ca-nhan?trang=99", UriKind.Relative));
        var roll = await HtmlPage.GetOkAsync(client, "/vinh-danh");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, past.StatusCode);
        Assert.NotNull(roll.Document.QuerySelector(".lede a[href='/ca-nhan']"));
    }
}
