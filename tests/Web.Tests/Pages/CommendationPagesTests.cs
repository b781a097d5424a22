using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Text;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Pages;

/// <summary>Profiles show a recipient's public commendations: those of published decisions that are not revoked.</summary>
public sealed class CommendationPagesTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public async Task A_person_page_shows_the_public_commendations_and_not_the_revoked_one()
    {
        var revoked = await site.QueryAsync((db, _) => db.Commendations.Include(c => c.Person).Include(c => c.Decision).SingleAsync(c => c.RevokedOn != null));
        var expected = await PublicDecisionNumbersAsync(revoked.PersonId, null);

        var page = await HtmlPage.GetOkAsync(site.Client(), $"/ca-nhan/{revoked.Person!.Slug}");

        var shown = page.Document.QuerySelectorAll(".awards li").Select(li => li.TextContent).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, shown.Count);
        Assert.All(expected.Zip(shown), pair => Assert.Contains($"Quyết định số {pair.First}", pair.Second, StringComparison.Ordinal));
        Assert.DoesNotContain(revoked.Decision.Number, page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(revoked.Citation!, page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_department_page_shows_its_commendations_as_a_collective_with_the_decision_and_date()
    {
        var department = await site.QueryAsync((db, _) => db.Departments.OrderByDescending(d => db.Commendations.Count(c => c.DepartmentId == d.Id)).FirstAsync());
        var expected = await PublicDecisionNumbersAsync(null, department.Id);

        var page = await HtmlPage.GetOkAsync(site.Client(), $"/khoa-phong/{department.Slug}");

        var shown = page.Document.QuerySelectorAll(".awards li").Select(li => li.TextContent).ToList();
        Assert.Equal(expected.Count, shown.Count);
        var first = await site.QueryAsync((db, _) => db.Commendations.Include(c => c.Decision).Where(c => c.DepartmentId == department.Id)
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Decision.Date).FirstAsync());
        Assert.Contains(shown, text => text.Contains($"ngày {VietnamTime.Date(first.Decision.Date)}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_movement_page_lists_the_public_commendations_under_it_with_their_recipients()
    {
        var movement = await site.QueryAsync((db, _) => db.Movements
            .OrderByDescending(m => db.Commendations.Count(c => c.MovementId == m.Id && c.RevokedOn == null)).FirstAsync());
        IReadOnlyList<CommendationLine> expected;
        await using (var scope = site.Scope())
        {
            expected = await scope.ServiceProvider.GetRequiredService<RecognitionReader>().CommendationsUnderMovementAsync(movement.Id);
        }
        var revoked = await site.QueryAsync((db, _) => db.Commendations.Where(c => c.MovementId == movement.Id && c.RevokedOn != null)
            .Select(c => c.Citation).ToListAsync());

        var page = await HtmlPage.GetOkAsync(site.Client(), $"/phong-trao/{movement.Slug}");

        var shown = page.Document.QuerySelectorAll(".awards li a.award-recipient")
            .Select(a => (a.TextContent, a.GetAttribute("href") ?? "")).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(c => (c.RecipientName, (c.IsCollective ? "/khoa-phong/" : "/ca-nhan/") + c.RecipientSlug)), shown);
        Assert.All(revoked, citation => Assert.DoesNotContain(citation!, page.Html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_decisions_commendation_appears_only_once_the_decision_is_published()
    {
        var person = await site.QueryAsync((db, _) => db.People.OrderBy(p => p.Id).FirstAsync());
        int decisionId;
        await using (var scope = site.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            var authorityId = await db.IssuingAuthorities.Where(a => a.Level == AuthorityLevel.State).OrderByDescending(a => a.Rank).Select(a => a.Id).FirstAsync();
            var titleId = await db.CommendationTitles.Where(t => t.Name == "Huân chương Lao động hạng Ba").Select(t => t.Id).SingleAsync();
            var decision = await scope.ServiceProvider.GetRequiredService<DecisionService>().CreateDraftAsync(
                new DecisionInput { Number = "1234/QĐ-CTN", Date = new DateOnly(2026, 8, 30), AuthorityId = authorityId }, Actor.System);
            Assert.True(decision.Succeeded, decision.Error);
            decisionId = decision.Value!.Id;
            var added = await scope.ServiceProvider.GetRequiredService<CommendationService>().AddAsync(decisionId,
                new CommendationInput { TitleId = titleId, PersonId = person.Id, Year = 2026, Citation = "Đã có thành tích xuất sắc trong công tác." }, Actor.System);
            Assert.True(added.Succeeded, added.Error);
        }

        var before = await HtmlPage.GetOkAsync(site.Client(), $"/ca-nhan/{person.Slug}");
        await using (var scope = site.Scope())
        {
            var decisions = scope.ServiceProvider.GetRequiredService<DecisionService>();
            Assert.True((await decisions.CheckAsync(decisionId, Actor.System)).Succeeded);
            Assert.True((await decisions.PublishAsync(decisionId, Actor.System)).Succeeded);
        }
        var after = await HtmlPage.GetOkAsync(site.Client(), $"/ca-nhan/{person.Slug}");

        Assert.DoesNotContain("1234/QĐ-CTN", before.Html, StringComparison.Ordinal);
        // The newest year, from the highest authority: first.
        var first = after.Document.QuerySelector(".awards li")?.TextContent ?? "";
        Assert.Contains("Huân chương Lao động hạng Ba", first, StringComparison.Ordinal);
        Assert.Contains("Chủ tịch nước, Quyết định số 1234/QĐ-CTN ngày 30/08/2026", first, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> PublicDecisionNumbersAsync(int? personId, int? departmentId)
    {
        await using var scope = site.Scope();
        var lines = await scope.ServiceProvider.GetRequiredService<RecognitionReader>().CommendationsOfAsync(personId, departmentId);
        return lines.Select(l => l.DecisionNumber).ToList();
    }
}
