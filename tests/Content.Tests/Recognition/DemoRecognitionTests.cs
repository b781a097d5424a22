using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Data.Seed;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Tests.Data.Seed;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Recognition;

/// <summary>The demo's recognition records keep the rules the services enforce, and agree with what the demo articles say.</summary>
public sealed class DemoRecognitionTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Every_demo_commendation_keeps_the_services_rules()
    {
        await using var scope = seeded.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var all = await db.Commendations.AsNoTracking().Include(c => c.Decision).Include(c => c.Title).Include(c => c.Movement).ToListAsync();

        Assert.NotEmpty(all);
        Assert.All(all, c =>
        {
            Assert.True(c.Decision.Date >= new DateOnly(c.Year, 1, 1), $"#{c.Id}: decision dated before its year.");
            Assert.True(c.Decision.Date <= new DateOnly(2026, 11, 20), $"#{c.Id}: decision in the future.");
            Assert.True(c.Title.Allows(c.RecipientKind), $"#{c.Id}: {c.Title.Name} not for {c.RecipientKind}.");
            Assert.True(c.Movement is null || (c.Year >= c.Movement.StartDate.Year && c.Year <= (c.Movement.EndDate?.Year ?? int.MaxValue)), $"#{c.Id}: outside its movement.");
        });
        var live = all.Where(c => !c.IsRevoked).ToList();
        Assert.Empty(live.Where(c => c.Title.Kind == CommendationKind.EmulationTitle)
            .GroupBy(c => (c.TitleId, c.PersonId, c.DepartmentId, c.Year)).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(live.Where(c => c.Title.Kind == CommendationKind.Form)
            .GroupBy(c => (c.TitleId, c.PersonId, c.DepartmentId, c.DecisionId)).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(await db.Decisions.AsNoTracking().ToListAsync(), d =>
        {
            Assert.Equal(DecisionState.Published, d.State);
            Assert.False(string.IsNullOrEmpty(d.SignerName), d.Number);
            Assert.False(string.IsNullOrEmpty(d.Subject), d.Number);
        });
    }

    [Fact]
    public async Task The_revoked_demo_commendation_is_in_the_back_office_and_not_on_the_public_page()
    {
        await using var scope = seeded.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var revoked = await db.Commendations.AsNoTracking().SingleAsync(c => c.RevokedOn != null);

        var shown = await scope.ServiceProvider.GetRequiredService<RecognitionReader>().CommendationsOfAsync(revoked.PersonId, null);
        var kept = await scope.ServiceProvider.GetRequiredService<CommendationService>().OfRecipientAsync(revoked.PersonId, null);

        Assert.DoesNotContain(shown, l => l.Id == revoked.Id);
        Assert.NotEmpty(shown);
        Assert.Contains(kept, l => l.Id == revoked.Id && l.IsRevoked);
    }

    [Fact]
    public async Task The_conference_article_counts_the_seeded_commendations()
    {
        await using var scope = seeded.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var article = DemoContent.Articles.Single(a => a.Title.StartsWith("Hội nghị điển hình tiên tiến giai đoạn 2021–2025", StringComparison.Ordinal));
        var conference = DateOnly.FromDateTime(article.PublishedAt);

        // "12 tập thể và 36 cá nhân được Giám đốc bệnh viện tặng Giấy khen."
        var giayKhen = db.Commendations.Where(c => c.Decision.Date == conference && c.Title.Name == "Giấy khen"
            && c.Decision.Authority.Name == StandardCatalog.GiamDocBenhVien && c.RevokedOn == null);
        Assert.Contains("12 tập thể và 36 cá nhân", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal(12, await giayKhen.CountAsync(c => c.DepartmentId != null));
        Assert.Equal(36, await giayKhen.CountAsync(c => c.PersonId != null));

        // "Lượt Chiến sĩ thi đua cơ sở (2021–2024) | 19"
        Assert.Contains("| Lượt Chiến sĩ thi đua cơ sở (2021–2024) | 19 |", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal(19, await db.Commendations.CountAsync(c => c.Title.Name == "Chiến sĩ thi đua cơ sở" && c.Year >= 2021 && c.Year <= 2024 && c.RevokedOn == null));
    }

    [Fact]
    public async Task The_demo_titles_come_from_the_standard_catalog_with_their_sort_keys()
    {
        await using var scope = seeded.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();

        Assert.Equal(StandardCatalog.Titles.Count, await db.CommendationTitles.CountAsync());
        Assert.All(await db.CommendationTitles.AsNoTracking().ToListAsync(), t => Assert.Equal(VietnameseSort.Key(t.Name), t.SortKey));
        Assert.Equal(0, await db.Commendations.CountAsync(c => c.Title.Name.Contains(" của ")));
    }
}
