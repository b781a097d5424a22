using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Articles;

/// <summary>
/// The public, read-only side of articles: projected read models, never entities. Everything it returns is visible
/// under <see cref="ArticleVisibility"/>; reference data and archive counts come from the <see cref="ReferenceSnapshot"/>.
/// </summary>
public sealed class ArticleReader(ContentDbContext db, TimeProvider clock, ReferenceSnapshotStore snapshots)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The reference data and archive counts every public page shows, built on first use.</summary>
    public ValueTask<ReferenceSnapshot> SnapshotAsync(CancellationToken ct = default) => snapshots.GetAsync(ct);

    /// <summary>Newest first, one page of the articles matching <paramref name="filter"/>.</summary>
    public async Task<PagedList<ArticleSummary>> ListAsync(ArticleFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var snapshot = await snapshots.GetAsync(ct);
        if (ArticleListQuery.Resolve(filter, snapshot) is not { } query)
        {
            return new PagedList<ArticleSummary>([], page, pageSize, 0);
        }
        return await OnOneConnectionAsync(async () =>
        {
            // The whole column's count is in the snapshot; filtered lists count in the database.
            var total = filter == ArticleFilter.None ? snapshot.VisibleCount : await query.CountAsync(db, Now, ct);
            var items = total <= (page - 1) * pageSize ? [] : await query.PageAsync(db, Now, (page - 1) * pageSize, pageSize, ct);
            return new PagedList<ArticleSummary>(items, page, pageSize, total);
        }, ct);
    }

    /// <summary>
    /// The home page's articles: the lead story (the newest featured article, else the newest) and the newest
    /// <paramref name="latestCount"/> others.
    /// </summary>
    public Task<FrontPage> FrontPageAsync(int latestCount, CancellationToken ct = default) =>
        // Featured first, on the (IsFeatured, PublicAt) index; one query ordered by "is featured" would sort every
        // visible article.
        OnOneConnectionAsync(async () =>
        {
            var now = Now;
            var lead = (await ArticleListQuery.FeaturedOnly(true).PageAsync(db, now, 0, 1, ct)).FirstOrDefault()
                ?? (await ArticleListQuery.FeaturedOnly(false).PageAsync(db, now, 0, 1, ct)).FirstOrDefault();
            var latest = await ArticleListQuery.All.PageAsync(db, now, 0, latestCount + 1, ct);
            return new FrontPage(lead, latest.Where(a => a.Id != lead?.Id).Take(latestCount).ToList());
        }, ct);

    /// <summary>Finds a visible article by its slug, or the slug it was renamed to.</summary>
    public Task<ArticleLookup> FindAsync(string slug, CancellationToken ct = default) => OnOneConnectionAsync(async () =>
    {
        var now = Now;
        var row = await VisibleBySlug(db, slug, now, ct);
        if (row is null)
        {
            // Only to a public article: redirecting to a withdrawn one would reveal its new slug.
            var renamedTo = await RenamedTo(db, slug, now, ct);
            return renamedTo is null ? ArticleLookup.NotFound : new ArticleLookup(null, renamedTo);
        }

        var article = await WithLinksAsync(row, ct);
        var at = row.PublicAt!.Value;
        var previous = await PreviousOf(db, at, row.Page.Id, ct);
        var next = await NextOf(db, at, row.Page.Id, now, ct);
        var related = await RelatedAsync(row.Page.Id, row.CategoryId, now, 3, ct);
        return new ArticleLookup(new ArticleDetail(article, previous, next, related), null);
    }, ct);

    /// <summary>An article as its page shows it whatever its status (the back-office preview), or null.</summary>
    public async Task<ArticlePage?> PageForPreviewAsync(int id, CancellationToken ct = default) =>
        await AnyById(db, id, ct) is { } row ? await WithLinksAsync(row, ct) : null;

    /// <summary>Counts per month of the visible articles, newest first (months in Vietnam time).</summary>
    public async Task<IReadOnlyList<ArchiveMonth>> ArchiveMonthsAsync(CancellationToken ct = default) =>
        (await snapshots.GetAsync(ct)).ArchiveMonths;

    /// <summary>The years that have visible articles, newest first (years in Vietnam time).</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default) =>
        (await snapshots.GetAsync(ct)).Years;

    /// <summary>Every category, as entities for the back office's forms.</summary>
    public async Task<IReadOnlyList<Category>> CategoriesAsync(CancellationToken ct = default) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(ct);

    public async Task<CategoryRef?> FindCategoryAsync(string slug, CancellationToken ct = default) =>
        (await snapshots.GetAsync(ct)).Categories.FirstOrDefault(c => c.Slug == slug);

    /// <summary>A tag with at least one visible article, or null: a tag typed only on drafts has no public page.</summary>
    public Task<TagRef?> FindTagAsync(string slug, CancellationToken ct = default) =>
        db.Tags.AsNoTracking()
            .Where(t => t.Slug == slug && t.Articles.Any(a => a.PublicAt != null && a.PublicAt <= Now))
            .Select(t => new TagRef(t.Name, t.Slug))
            .FirstOrDefaultAsync(ct);

    // The article row of a page, without its Markdown, review comment or collections.
    private sealed record PageRow(ArticlePage Page, int CategoryId, DateTime? PublicAt);

    private static readonly Expression<Func<Article, PageRow>> ToPageRow = a => new PageRow(
        new ArticlePage(a.Id, a.Title, a.Slug, a.Summary, a.BodyHtml, a.AuthorName, a.PublishedAt, a.SeoTitle, a.SeoDescription,
            new CategoryRef(a.Category.Id, a.Category.Name, a.Category.Slug, a.Category.Description),
            a.CoverImage == null ? null
                : new ImageRef(a.CoverImage.Id, a.CoverImage.StoredName, a.CoverImage.Width, a.CoverImage.Height, a.CoverImage.AltText,
                    a.CoverImage.VariantWidths),
            a.CoverImage == null ? null : a.CoverImage.Credit),
        a.CategoryId,
        a.PublicAt);

    private static readonly Func<ContentDbContext, string, DateTime, CancellationToken, Task<PageRow?>> VisibleBySlug =
        EF.CompileAsyncQuery((ContentDbContext db, string slug, DateTime now, CancellationToken ct) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Slug == slug && a.PublicAt != null && a.PublicAt <= now)
                .Select(ToPageRow)
                .FirstOrDefault());

    private static readonly Func<ContentDbContext, string, DateTime, CancellationToken, Task<string?>> RenamedTo =
        EF.CompileAsyncQuery((ContentDbContext db, string slug, DateTime now, CancellationToken ct) =>
            db.ArticleSlugRedirects.AsNoTracking()
                .Where(r => r.OldSlug == slug && r.Article.PublicAt != null && r.Article.PublicAt <= now)
                .Select(r => r.Article.Slug)
                .FirstOrDefault());

    private static readonly Func<ContentDbContext, int, CancellationToken, Task<PageRow?>> AnyById =
        EF.CompileAsyncQuery((ContentDbContext db, int id, CancellationToken ct) =>
            db.Articles.AsNoTracking().Where(a => a.Id == id).Select(ToPageRow).FirstOrDefault());

    // Keyset on the (PublicAt, Id) index: one seek each, whatever the number of articles.
    private static readonly Func<ContentDbContext, DateTime, int, CancellationToken, Task<ArticleLink?>> PreviousOf =
        EF.CompileAsyncQuery((ContentDbContext db, DateTime at, int id, CancellationToken ct) =>
            db.Articles.AsNoTracking()
                .Where(a => a.PublicAt != null && (a.PublicAt < at || (a.PublicAt == at && a.Id < id)))
                .OrderByDescending(a => a.PublicAt).ThenByDescending(a => a.Id)
                .Select(a => new ArticleLink(a.Title, a.Slug, a.PublicAt!.Value))
                .FirstOrDefault());

    private static readonly Func<ContentDbContext, DateTime, int, DateTime, CancellationToken, Task<ArticleLink?>> NextOf =
        EF.CompileAsyncQuery((ContentDbContext db, DateTime at, int id, DateTime now, CancellationToken ct) =>
            db.Articles.AsNoTracking()
                .Where(a => a.PublicAt != null && a.PublicAt <= now && (a.PublicAt > at || (a.PublicAt == at && a.Id > id)))
                .OrderBy(a => a.PublicAt).ThenBy(a => a.Id)
                .Select(a => new ArticleLink(a.Title, a.Slug, a.PublicAt!.Value))
                .FirstOrDefault());

    // The article's tags, departments, movements and initiatives in one shape, so one UNION ALL reads them all.
    // (A class with setters: EF translates a set operation over member-init projections, not over constructor calls.)
    private sealed class LinkRow
    {
        public int Kind { get; init; }
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string Slug { get; init; } = "";
        public int? Number { get; init; }
        public string? Summary { get; init; }
        public DateOnly? Start { get; init; }
        public DateOnly? End { get; init; }
    }

    private const int TagLink = 0, DepartmentLink = 1, MovementLink = 2, InitiativeLink = 3;

    // Each branch starts from the article's key in its join table (its primary key), so every row is an index seek.
    // (One statement with a LEFT JOIN per collection would have SQLite materialize each whole join table.)
    private static readonly Func<ContentDbContext, int, IAsyncEnumerable<LinkRow>> LinksOf =
        EF.CompileAsyncQuery((ContentDbContext db, int id) =>
            db.Articles.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Tags)
                .Select(t => new LinkRow { Kind = TagLink, Id = t.Id, Name = t.Name, Slug = t.Slug, Number = null, Summary = null, Start = null, End = null })
                .Concat(db.Articles.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Departments)
                    .Select(d => new LinkRow { Kind = DepartmentLink, Id = d.Id, Name = d.Name, Slug = d.Slug, Number = (int)d.Kind, Summary = null, Start = null, End = null }))
                .Concat(db.Articles.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Movements)
                    .Select(m => new LinkRow { Kind = MovementLink, Id = m.Id, Name = m.Name, Slug = m.Slug, Number = null, Summary = m.Summary, Start = m.StartDate, End = m.EndDate }))
                .Concat(db.Articles.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Initiatives)
                    .Select(i => new LinkRow { Kind = InitiativeLink, Id = i.Id, Name = i.Title, Slug = i.Slug, Number = i.Year, Summary = null, Start = null, End = null })));

    private static readonly Func<ContentDbContext, int, IAsyncEnumerable<PersonCard>> PeopleOf =
        EF.CompileAsyncQuery((ContentDbContext db, int id) =>
            db.Articles.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.People)
                .OrderBy(p => p.Id)
                .Select(p => new PersonCard(p.Id, p.FullName, p.Slug, p.Position,
                    p.Department == null ? null : p.Department.Name,
                    p.Department == null ? null : p.Department.Slug,
                    p.Photo == null ? null
                        : new ImageRef(p.Photo.Id, p.Photo.StoredName, p.Photo.Width, p.Photo.Height, p.Photo.AltText, p.Photo.VariantWidths))));

    private async Task<ArticlePage> WithLinksAsync(PageRow row, CancellationToken ct)
    {
        var links = new List<LinkRow>();
        await foreach (var link in LinksOf(db, row.Page.Id).WithCancellation(ct))
        {
            links.Add(link);
        }
        var people = new List<PersonCard>();
        await foreach (var person in PeopleOf(db, row.Page.Id).WithCancellation(ct))
        {
            people.Add(person);
        }
        IEnumerable<LinkRow> Of(int kind) => links.Where(l => l.Kind == kind).OrderBy(l => l.Id);
        return row.Page with
        {
            Tags = links.Where(l => l.Kind == TagLink).OrderBy(l => l.Slug, StringComparer.Ordinal).Select(l => new TagRef(l.Name, l.Slug)).ToList(),
            People = people,
            Departments = Of(DepartmentLink).Select(l => new DepartmentRef(l.Id, l.Name, l.Slug, (Recognition.DepartmentKind)l.Number!.Value)).ToList(),
            Movements = Of(MovementLink).Select(l => new MovementRef(l.Id, l.Name, l.Slug, l.Summary, l.Start!.Value, l.End)).ToList(),
            Initiatives = Of(InitiativeLink).Select(l => new InitiativeRef(l.Id, l.Name, l.Slug, l.Number!.Value)).ToList(),
        };
    }

    // Articles sharing a tag, person or department with the article (@id + 0 keeps SQLite from looking each candidate
    // up by rowid: it walks the (PublicAt, Id) index newest first instead and stops at the first matches). The set is
    // read from the join tables' (linked id, article id) indexes, without joining tags, people or articles.
    private static readonly Func<ContentDbContext, int, DateTime, int, IAsyncEnumerable<ArticleSummary>> LinkedTo =
        EF.CompileAsyncQuery((ContentDbContext db, int id, DateTime now, int take) => db.Articles.AsNoTracking()
            .Where(a => db.Articles
                .Where(r => r.PublicAt != null && r.PublicAt <= now && r.Id != id && db.Set<Dictionary<string, object>>("ArticleTags")
                    .Where(j => db.Set<Dictionary<string, object>>("ArticleTags")
                        .Where(o => EF.Property<int>(o, "ArticlesId") == id).Select(o => EF.Property<int>(o, "TagsId"))
                        .Contains(EF.Property<int>(j, "TagsId")))
                    .Select(j => EF.Property<int>(j, "ArticlesId"))
                    .Concat(db.Set<Dictionary<string, object>>("ArticlePeople")
                        .Where(j => db.Set<Dictionary<string, object>>("ArticlePeople")
                            .Where(o => EF.Property<int>(o, "ArticlesId") == id).Select(o => EF.Property<int>(o, "PeopleId"))
                            .Contains(EF.Property<int>(j, "PeopleId")))
                        .Select(j => EF.Property<int>(j, "ArticlesId")))
                    .Concat(db.Set<Dictionary<string, object>>("ArticleDepartments")
                        .Where(j => db.Set<Dictionary<string, object>>("ArticleDepartments")
                            .Where(o => EF.Property<int>(o, "ArticlesId") == id).Select(o => EF.Property<int>(o, "DepartmentsId"))
                            .Contains(EF.Property<int>(j, "DepartmentsId")))
                        .Select(j => EF.Property<int>(j, "ArticlesId")))
                    .Contains(r.Id + 0))
                .OrderByDescending(r => r.PublicAt).ThenByDescending(r => r.Id)
                .Take(take)
                .Select(r => r.Id)
                .Contains(a.Id))
            .OrderByDescending(a => a.PublicAt).ThenByDescending(a => a.Id)
            .Select(ArticleListQuery.ToSummary));

    private async Task<IReadOnlyList<ArticleSummary>> RelatedAsync(int id, int categoryId, DateTime now, int count, CancellationToken ct)
    {
        // Articles about the same people, departments or tags come first, then the same category; newest first in each.
        // Two queries rather than one ordered by "is related": that order cannot come from an index, so every visible
        // article would be tested, read and sorted.
        var related = new List<ArticleSummary>(count);
        await foreach (var item in LinkedTo(db, id, now, count).WithCancellation(ct))
        {
            related.Add(item);
        }
        if (related.Count < count)
        {
            // Twice as many as needed, so the article itself and those already shown can be left out.
            var sameCategory = await new ArticleListQuery(CategoryId: categoryId).PageAsync(db, now, 0, 2 * count + 1, ct);
            related.AddRange(sameCategory.Where(a => a.Id != id && related.All(r => r.Id != a.Id)).Take(count - related.Count).ToList());
        }
        return related;
    }

    // Opening a connection costs about as much as a small query (SQLite registers its functions on every open), so a
    // page's queries share one.
    private async Task<T> OnOneConnectionAsync<T>(Func<Task<T>> read, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await read();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
