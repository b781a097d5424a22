using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Articles;

/// <summary>The public, read-only side of articles. Everything it returns is visible under <see cref="ArticleVisibility"/>.</summary>
public sealed class ArticleReader(ContentDbContext db, TimeProvider clock)
{
    private static readonly double VietnamUtcOffsetHours = VietnamTime.Zone.BaseUtcOffset.TotalHours;

    private IQueryable<Article> Visible => db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow().UtcDateTime);

    /// <summary>Newest first, one page of the articles matching <paramref name="filter"/>.</summary>
    public async Task<PagedList<ArticleSummary>> ListAsync(ArticleFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        var query = Apply(Visible, filter);
        var total = await query.CountAsync(ct);
        page = Math.Max(1, page);
        var items = await NewestSummaries(query, (page - 1) * pageSize, pageSize).ToListAsync(ct);
        return new PagedList<ArticleSummary>(items, page, pageSize, total);
    }

    /// <summary>The newest featured articles, falling back to the newest when too few are featured.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> FeaturedAsync(int count, CancellationToken ct = default) =>
        await Summaries(Visible
                .OrderByDescending(a => a.IsFeatured).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Take(count))
            .ToListAsync(ct);

    /// <summary>Finds a visible article by its slug, or the slug it was renamed to.</summary>
    public async Task<ArticleLookup> FindAsync(string slug, CancellationToken ct = default)
    {
        var article = await Visible.WithPageIncludes().FirstOrDefaultAsync(a => a.Slug == slug, ct);
        if (article is null)
        {
            // Only to a public article: redirecting to a withdrawn one would reveal its new slug.
            var renamedTo = await db.ArticleSlugRedirects.AsNoTracking()
                .Where(r => r.OldSlug == slug)
                .Select(r => r.Article)
                .VisibleAt(clock.GetUtcNow().UtcDateTime)
                .Select(a => a.Slug)
                .FirstOrDefaultAsync(ct);
            return renamedTo is null ? ArticleLookup.NotFound : new ArticleLookup(null, renamedTo);
        }

        var at = article.PublishedAt!.Value;
        var previous = await Links(Visible
                .Where(a => a.PublishedAt < at || (a.PublishedAt == at && a.Id < article.Id))
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id))
            .FirstOrDefaultAsync(ct);
        var next = await Links(Visible
                .Where(a => a.PublishedAt > at || (a.PublishedAt == at && a.Id > article.Id))
                .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id))
            .FirstOrDefaultAsync(ct);
        var related = await RelatedAsync(article, 3, ct);
        return new ArticleLookup(new ArticleDetail(article, previous, next, related), null);
    }

    /// <summary>Counts per month of the visible articles, newest first (months in Vietnam time).</summary>
    public async Task<IReadOnlyList<ArchiveMonth>> ArchiveMonthsAsync(CancellationToken ct = default)
    {
        var times = await Visible.Select(a => a.PublishedAt!.Value).ToListAsync(ct);
        return times
            .Select(VietnamTime.ToLocal)
            .GroupBy(t => (t.Year, t.Month))
            .OrderByDescending(g => g.Key)
            .Select(g => new ArchiveMonth(g.Key.Year, g.Key.Month, g.Count()))
            .ToList();
    }

    public async Task<IReadOnlyList<Category>> CategoriesAsync(CancellationToken ct = default) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(ct);

    public Task<Category?> FindCategoryAsync(string slug, CancellationToken ct = default) =>
        db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, ct);

    public Task<Tag?> FindTagAsync(string slug, CancellationToken ct = default) =>
        db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, ct);

    /// <summary>The years that have visible articles, newest first (years in Vietnam time).</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default) =>
        // Counted in the database rather than by loading every publish time. Vietnam keeps UTC+7 all year (no
        // daylight saving since 1975), so its year is the year of the UTC time shifted by that fixed offset.
        await Visible
            .Select(a => a.PublishedAt!.Value.AddHours(VietnamUtcOffsetHours).Year)
            .Distinct()
            .OrderByDescending(y => y)
            .ToListAsync(ct);

    private async Task<IReadOnlyList<ArticleSummary>> RelatedAsync(Article article, int count, CancellationToken ct)
    {
        // Articles about the same people, departments or tags come first, then the same category; newest first in each.
        // Two queries rather than one ordered by "is related": that order cannot come from an index, so every visible
        // article would be tested, read and sorted.
        var related = new List<ArticleSummary>(count);
        if (LinkedArticleIds(article) is { } linked)
        {
            related.AddRange(await NewestSummaries(Visible.Where(a => a.Id != article.Id && linked.Contains(a.Id)), 0, count)
                .ToListAsync(ct));
        }
        if (related.Count < count)
        {
            var shown = related.Select(r => r.Id).Append(article.Id).ToList();
            related.AddRange(await NewestSummaries(
                    Visible.Where(a => a.CategoryId == article.CategoryId && !shown.Contains(a.Id)), 0, count - related.Count)
                .ToListAsync(ct));
        }
        return related;
    }

    /// <summary>
    /// Ids of the articles sharing a tag, person or department with <paramref name="article"/> (possibly with repeats),
    /// or null when it has none. Reads the many-to-many join tables (see ArticleConfiguration) on their TagsId,
    /// PeopleId and DepartmentsId indexes, without joining the tags, people or articles themselves.
    /// </summary>
    private IQueryable<int>? LinkedArticleIds(Article article)
    {
        var tagIds = article.Tags.Select(t => t.Id).ToList();
        var personIds = article.People.Select(p => p.Id).ToList();
        var departmentIds = article.Departments.Select(d => d.Id).ToList();
        IQueryable<int>? ids = null;
        if (tagIds.Count > 0)
        {
            ids = db.Set<Dictionary<string, object>>("ArticleTags")
                .Where(j => tagIds.Contains(EF.Property<int>(j, "TagsId")))
                .Select(j => EF.Property<int>(j, "ArticlesId"));
        }
        if (personIds.Count > 0)
        {
            var byPeople = db.Set<Dictionary<string, object>>("ArticlePeople")
                .Where(j => personIds.Contains(EF.Property<int>(j, "PeopleId")))
                .Select(j => EF.Property<int>(j, "ArticlesId"));
            ids = ids is null ? byPeople : ids.Concat(byPeople);
        }
        if (departmentIds.Count > 0)
        {
            var byDepartments = db.Set<Dictionary<string, object>>("ArticleDepartments")
                .Where(j => departmentIds.Contains(EF.Property<int>(j, "DepartmentsId")))
                .Select(j => EF.Property<int>(j, "ArticlesId"));
            ids = ids is null ? byDepartments : ids.Concat(byDepartments);
        }
        return ids;
    }

    private static IQueryable<Article> Apply(IQueryable<Article> query, ArticleFilter filter)
    {
        if (filter.CategorySlug is { } category)
        {
            query = query.Where(a => a.Category.Slug == category);
        }
        if (filter.TagSlug is { } tag)
        {
            query = query.Where(a => a.Tags.Any(t => t.Slug == tag));
        }
        if (filter.Year is { } year)
        {
            var (from, to) = VietnamTime.Period(year, filter.Month);
            query = query.Where(a => a.PublishedAt >= from && a.PublishedAt < to);
        }
        if (filter.MovementSlug is { } movement)
        {
            query = query.Where(a => a.Movements.Any(m => m.Slug == movement));
        }
        if (filter.DepartmentSlug is { } department)
        {
            query = query.Where(a => a.Departments.Any(d => d.Slug == department)
                || a.People.Any(p => p.Department != null && p.Department.Slug == department));
        }
        if (filter.PersonSlug is { } person)
        {
            query = query.Where(a => a.People.Any(p => p.Slug == person));
        }
        return query;
    }

    /// <summary>
    /// Newest first, <paramref name="take"/> after <paramref name="skip"/>. Orders and skips on ids alone (for the
    /// visibility rule alone the status/publish-time index covers them), then reads just the rows shown. Ordering whole
    /// rows would read every skipped article, and SQLite stores CategoryId, CoverImageId and the rest after the bodies,
    /// so reaching them means walking each body's overflow pages.
    /// </summary>
    private IQueryable<ArticleSummary> NewestSummaries(IQueryable<Article> query, int skip, int take)
    {
        var ids = query
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => a.Id);
        return Summaries(db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id));
    }

    private static IQueryable<ArticleSummary> Summaries(IQueryable<Article> query) =>
        query.Select(a => new ArticleSummary(
            a.Id, a.Title, a.Slug, a.Summary, a.Category.Name, a.Category.Slug, a.PublishedAt!.Value,
            a.CoverImage == null ? null
                : new ImageRef(a.CoverImage.Id, a.CoverImage.StoredName, a.CoverImage.Width, a.CoverImage.Height, a.CoverImage.AltText)));

    private static IQueryable<ArticleLink> Links(IQueryable<Article> query) =>
        query.Select(a => new ArticleLink(a.Title, a.Slug, a.PublishedAt!.Value));
}

internal static class ArticleQueryExtensions
{
    /// <summary>Everything an article page shows besides its neighbours.</summary>
    internal static IQueryable<Article> WithPageIncludes(this IQueryable<Article> query) =>
        query
            .Include(a => a.Category)
            .Include(a => a.Tags)
            .Include(a => a.CoverImage)
            .Include(a => a.People).ThenInclude(p => p.Department)
            .Include(a => a.People).ThenInclude(p => p.Photo)
            .Include(a => a.Departments)
            .Include(a => a.Movements)
            .Include(a => a.Initiatives)
            .AsSplitQuery();
}
