using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Text;
// The filters of a public list, in the order the compiled queries take them after the context and the time.
using CountMatching = System.Func<ThiDuaCms.Content.Data.ContentDbContext, System.DateTime, bool?, int?, string?, int?, int?, string?,
    System.DateTime?, System.DateTime?, System.Threading.CancellationToken, System.Threading.Tasks.Task<int>>;
using PageMatching = System.Func<ThiDuaCms.Content.Data.ContentDbContext, System.DateTime, bool?, int?, string?, int?, int?, string?,
    System.DateTime?, System.DateTime?, int, int, System.Collections.Generic.IAsyncEnumerable<ThiDuaCms.Content.Articles.ArticleSummary>>;

namespace ThiDuaCms.Content.Articles;

/// <summary>
/// One public list of articles (the column, a category, tag, period, movement, department or person, the home page's
/// featured story), newest first, as two compiled queries: its count and one page of it. A filter left null drops out
/// of the SQL (EF Core keeps one SQL text per combination of null parameters), so each list walks its own index and no
/// request pays for translating LINQ. Categories, movements and departments arrive as ids from the snapshot.
/// </summary>
internal sealed record ArticleListQuery(
    bool? Featured = null, int? CategoryId = null, string? TagSlug = null, int? MovementId = null, int? DepartmentId = null,
    string? PersonSlug = null, DateTime? From = null, DateTime? To = null)
{
    public static readonly ArticleListQuery All = new();

    public static ArticleListQuery FeaturedOnly(bool featured) => new(Featured: featured);

    /// <summary>The query for <paramref name="filter"/>, or null when one of its slugs names nothing.</summary>
    public static ArticleListQuery? Resolve(ArticleFilter filter, ReferenceSnapshot snapshot)
    {
        int? categoryId = null, movementId = null, departmentId = null;
        if (filter.CategorySlug is { } category)
        {
            if (snapshot.Categories.FirstOrDefault(c => c.Slug == category) is not { } found) return null;
            categoryId = found.Id;
        }
        if (filter.MovementSlug is { } movement)
        {
            if (snapshot.Movements.FirstOrDefault(m => m.Slug == movement) is not { } found) return null;
            movementId = found.Id;
        }
        if (filter.DepartmentSlug is { } department)
        {
            if (snapshot.Departments.FirstOrDefault(d => d.Slug == department) is not { } found) return null;
            departmentId = found.Id;
        }
        DateTime? from = null, to = null;
        if (filter.Year is { } year)
        {
            (from, to) = VietnamTime.Period(year, filter.Month);
        }
        return new ArticleListQuery(null, categoryId, filter.TagSlug, movementId, departmentId, filter.PersonSlug, from, to);
    }

    public Task<int> CountAsync(ContentDbContext db, DateTime now, CancellationToken ct) =>
        Count(db, now, Featured, CategoryId, TagSlug, MovementId, DepartmentId, PersonSlug, From, To, ct);

    public async Task<List<ArticleSummary>> PageAsync(ContentDbContext db, DateTime now, int skip, int take, CancellationToken ct)
    {
        var items = new List<ArticleSummary>(take);
        await foreach (var item in Page(db, now, Featured, CategoryId, TagSlug, MovementId, DepartmentId, PersonSlug, From, To, skip, take)
                           .WithCancellation(ct))
        {
            items.Add(item);
        }
        return items;
    }

    /// <summary>An article as a list shows it.</summary>
    internal static readonly Expression<Func<Article, ArticleSummary>> ToSummary = a => new ArticleSummary(
        a.Id, a.Title, a.Slug, a.Summary, a.Category.Name, a.Category.Slug, a.PublicAt!.Value,
        a.CoverImage == null ? null
            : new ImageRef(a.CoverImage.Id, a.CoverImage.StoredName, a.CoverImage.Width, a.CoverImage.Height, a.CoverImage.AltText,
                a.CoverImage.VariantWidths));

    // The visible articles a list holds. Links go through the join tables' (linked id, article id) indexes to the
    // article ids: a correlated "a.Tags.Any(...)" would test every visible article.
    private static readonly Expression<Func<ContentDbContext, DateTime, bool?, int?, string?, int?, int?, string?, DateTime?, DateTime?,
        IQueryable<Article>>> Matching =
        (db, now, featured, categoryId, tag, movementId, departmentId, person, from, to) => db.Articles.AsNoTracking().Where(a =>
            a.PublicAt != null && a.PublicAt <= now
            && (featured == null || a.IsFeatured == featured)
            && (categoryId == null || a.CategoryId == categoryId)
            && (from == null || (a.PublicAt >= from && a.PublicAt < to))
            && (tag == null || db.Set<Dictionary<string, object>>("ArticleTags")
                .Where(j => db.Tags.Where(t => t.Slug == tag).Select(t => t.Id).Contains(EF.Property<int>(j, "TagsId")))
                .Select(j => EF.Property<int>(j, "ArticlesId")).Contains(a.Id))
            && (movementId == null || db.Set<Dictionary<string, object>>("ArticleMovements")
                .Where(j => EF.Property<int>(j, "MovementsId") == movementId)
                .Select(j => EF.Property<int>(j, "ArticlesId")).Contains(a.Id))
            // A department's articles: those about it and those about one of its people.
            && (departmentId == null || db.Set<Dictionary<string, object>>("ArticleDepartments")
                .Where(j => EF.Property<int>(j, "DepartmentsId") == departmentId)
                .Select(j => EF.Property<int>(j, "ArticlesId"))
                .Concat(db.Set<Dictionary<string, object>>("ArticlePeople")
                    .Where(j => db.People.Where(p => p.DepartmentId == departmentId).Select(p => p.Id).Contains(EF.Property<int>(j, "PeopleId")))
                    .Select(j => EF.Property<int>(j, "ArticlesId")))
                .Contains(a.Id))
            && (person == null || db.Set<Dictionary<string, object>>("ArticlePeople")
                .Where(j => db.People.Where(p => p.Slug == person).Select(p => p.Id).Contains(EF.Property<int>(j, "PeopleId")))
                .Select(j => EF.Property<int>(j, "ArticlesId")).Contains(a.Id)));

    private static readonly CountMatching Count = EF.CompileAsyncQuery(
        Expression.Lambda<Func<ContentDbContext, DateTime, bool?, int?, string?, int?, int?, string?, DateTime?, DateTime?, CancellationToken, int>>(
            Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(Article)], Matching.Body),
            [.. Matching.Parameters, Expression.Parameter(typeof(CancellationToken), "ct")]));

    // One page: orders and skips on ids alone, walking the (PublicAt, Id) index, then reads just the rows shown. Ordering
    // whole rows would read every skipped article and its body.
    private static readonly Expression<Func<IQueryable<Article>, ContentDbContext, int, int, IQueryable<ArticleSummary>>> NewestOf =
        (matching, db, skip, take) => db.Articles.AsNoTracking()
            .Where(a => matching.OrderByDescending(m => m.PublicAt).ThenByDescending(m => m.Id).Skip(skip).Take(take)
                .Select(m => m.Id).Contains(a.Id))
            .OrderByDescending(a => a.PublicAt).ThenByDescending(a => a.Id)
            .Select(ToSummary);

    private static readonly PageMatching Page = EF.CompileAsyncQuery(
        Expression.Lambda<Func<ContentDbContext, DateTime, bool?, int?, string?, int?, int?, string?, DateTime?, DateTime?, int, int,
            IQueryable<ArticleSummary>>>(
            new Substitution(NewestOf.Parameters[0], Matching.Body, NewestOf.Parameters[1], Matching.Parameters[0]).Visit(NewestOf.Body),
            [.. Matching.Parameters, NewestOf.Parameters[2], NewestOf.Parameters[3]]));

    /// <summary>Puts <c>Matching</c>'s query and context in place of the page template's parameters.</summary>
    private sealed class Substitution(ParameterExpression query, Expression matching, ParameterExpression db, ParameterExpression matchingDb)
        : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == query ? matching : node == db ? matchingDb : node;
    }
}
