using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Data.Seed;
using ThiDuaCms.Content.Tests.Support;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Data.Seed;

/// <summary>One database seeded with the demo content, shared by tests that only read it.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    internal TempContentDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await TempContentDatabase.CreateAsync(seedDemoContent: true);

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>
/// Runs against whatever the demo content currently is: counts and names come from the database, never from the test.
/// </summary>
public sealed class DemoContentSeederTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private readonly TempContentDatabase _database = seeded.Database;

    [Fact]
    public async Task Seeding_fills_every_kind_of_content()
    {
        var counts = await CountRowsAsync();

        Assert.All(["Articles", "Categories", "Departments", "People", "Movements"], table => Assert.True(counts[table] > 0, table));
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing_the_second_time()
    {
        var before = await CountRowsAsync();

        await using (var scope = _database.Scope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedIfEmptyAsync());
        }
        await using (var scope = _database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoContent: true);
        }

        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task All_seeded_articles_are_published_and_visible()
    {
        await using var scope = _database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var articles = await db.Articles.AsNoTracking().ToListAsync();

        Assert.NotEmpty(articles);
        Assert.All(articles, a =>
        {
            Assert.Equal(ArticleStatus.Published, a.Status);
            Assert.True(a.PublishedAt <= _database.NowUtc, $"\"{a.Title}\" is published in the future ({a.PublishedAt:O}).");
            Assert.False(string.IsNullOrWhiteSpace(a.BodyHtml), a.Title);
        });

        var listed = await scope.ServiceProvider.GetRequiredService<ArticleReader>().ListAsync(new ArticleFilter(), 1, articles.Count + 1);
        Assert.Equal(articles.Count, listed.TotalCount);
        foreach (var article in articles)
        {
            Assert.NotNull((await scope.ServiceProvider.GetRequiredService<ArticleReader>().FindAsync(article.Slug)).Found);
        }
    }

    [Fact]
    public async Task Seeded_slugs_are_well_formed_and_unique()
    {
        await using var scope = _database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();

        AssertSlugs("articles", await db.Articles.Select(a => a.Slug).ToListAsync());
        AssertSlugs("categories", await db.Categories.Select(c => c.Slug).ToListAsync());
        AssertSlugs("tags", await db.Tags.Select(t => t.Slug).ToListAsync());
        AssertSlugs("departments", await db.Departments.Select(d => d.Slug).ToListAsync());
        AssertSlugs("people", await db.People.Select(p => p.Slug).ToListAsync());
        AssertSlugs("movements", await db.Movements.Select(m => m.Slug).ToListAsync());
        AssertSlugs("initiatives", await db.Initiatives.Select(i => i.Slug).ToListAsync());

        static void AssertSlugs(string what, List<string> slugs)
        {
            Assert.All(slugs, s => Assert.True(Slug.IsValid(s), $"{what}: \"{s}\" is not a well-formed slug."));
            Assert.Equal(slugs.Count, slugs.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public async Task Every_stored_text_field_is_NFC()
    {
        await using var scope = _database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var offenders = new List<string>();

        Check(await db.Articles.AsNoTracking().ToListAsync());
        Check(await db.Categories.AsNoTracking().ToListAsync());
        Check(await db.Tags.AsNoTracking().ToListAsync());
        Check(await db.Departments.AsNoTracking().ToListAsync());
        Check(await db.People.AsNoTracking().ToListAsync());
        Check(await db.Movements.AsNoTracking().ToListAsync());
        Check(await db.Commendations.AsNoTracking().ToListAsync());
        Check(await db.Initiatives.AsNoTracking().ToListAsync());

        Assert.True(offenders.Count == 0, "Not NFC: " + string.Join("; ", offenders));

        void Check<T>(List<T> rows)
        {
            var textProperties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(string) && p.CanRead)
                .ToList();
            Assert.NotEmpty(textProperties);
            foreach (var row in rows)
            {
                foreach (var property in textProperties)
                {
                    if (property.GetValue(row) is string value && !value.IsNormalized(NormalizationForm.FormC))
                    {
                        offenders.Add($"{typeof(T).Name}.{property.Name} \"{value}\"");
                    }
                }
            }
        }
    }

    [Fact]
    public async Task Seeded_links_point_at_seeded_rows()
    {
        await using var scope = _database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();

        // Every person the articles are about belongs to a department, so department pages can list them.
        var peopleInArticles = await db.Articles.SelectMany(a => a.People).Distinct().ToListAsync();
        Assert.All(peopleInArticles, p => Assert.NotNull(p.DepartmentId));
        Assert.All(await db.Commendations.ToListAsync(), c => Assert.True(c.PersonId is not null ^ c.DepartmentId is not null));
    }

    [Fact]
    public async Task Every_seeded_article_has_its_first_revision_and_a_system_audit_trail()
    {
        await using var scope = _database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var articles = await db.Articles.AsNoTracking().ToListAsync();
        var revisions = await db.ArticleRevisions.AsNoTracking().ToListAsync();
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "Article").ToListAsync();

        Assert.All(articles, a =>
        {
            var revision = Assert.Single(revisions, r => r.ArticleId == a.Id);
            Assert.Equal((1, a.Title, a.BodyMarkdown), (revision.Number, revision.Title, revision.BodyMarkdown));
            Assert.Equal(
                ["Tạo bài viết", "Gửi duyệt", "Xuất bản"],
                audit.Where(e => e.EntityId == a.Id).OrderBy(e => e.Id).Select(e => e.Action));
            Assert.Null(a.AuthorId);
        });
        Assert.All(audit, e => Assert.Equal((null, "Hệ thống"), (e.UserId, e.UserName)));
    }

    private async Task<Dictionary<string, int>> CountRowsAsync()
    {
        await using var scope = _database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        return new Dictionary<string, int>
        {
            ["Articles"] = await db.Articles.CountAsync(),
            ["Categories"] = await db.Categories.CountAsync(),
            ["Tags"] = await db.Tags.CountAsync(),
            ["Departments"] = await db.Departments.CountAsync(),
            ["People"] = await db.People.CountAsync(),
            ["Movements"] = await db.Movements.CountAsync(),
            ["Commendations"] = await db.Commendations.CountAsync(),
            ["Initiatives"] = await db.Initiatives.CountAsync(),
            ["ArticleSlugRedirects"] = await db.ArticleSlugRedirects.CountAsync(),
        };
    }
}
