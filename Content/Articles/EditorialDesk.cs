using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Articles;

/// <summary>An article as the back office lists it.</summary>
public sealed record DeskItem(
    int Id, string Title, string Slug, ArticleStatus Status, string CategoryName, string AuthorName, string? AuthorId,
    DateTime UpdatedAt, DateTime? PublishedAt);

/// <summary>
/// An article at its public look in any status: the page record the public page renders, and the workflow facts
/// (status, owner) that decide who may see it (<see cref="Owner"/> holds only Id, Title, Status and AuthorId).
/// </summary>
public sealed record ArticlePreview(ArticlePage Page, Article Owner);

/// <summary>What the back office's first page shows.</summary>
public sealed record Dashboard(
    IReadOnlyList<DeskItem> MyDrafts, IReadOnlyList<DeskItem> InReview,
    IReadOnlyList<DeskItem> Scheduled, IReadOnlyList<DeskItem> RecentlyPublished);

/// <summary>Narrows the back-office article list; every part is optional.</summary>
public sealed record DeskFilter
{
    public string? Search { get; init; }
    public ArticleStatus? Status { get; init; }
    public int? CategoryId { get; init; }
    public string? AuthorId { get; init; }
    public int? Year { get; init; }
}

/// <summary>The back office's read side of articles: every status, for the people who write and publish them.</summary>
public sealed class EditorialDesk(ContentDbContext db, ArticleReader reader)
{
    /// <summary>One page of the articles <paramref name="actor"/> may see: all for editors, their own for authors.</summary>
    public async Task<PagedList<DeskItem>> ListAsync(DeskFilter filter, Actor actor, int page, int pageSize, CancellationToken ct = default)
    {
        var query = db.Articles.AsNoTracking();
        if (!actor.IsInRole(Roles.Editor))
        {
            query = query.Where(a => a.AuthorId != null && a.AuthorId == actor.UserId);
        }
        if (VietnameseText.NfcOrNull(filter.Search) is { } search)
        {
            query = query.Where(a => a.Title.Contains(search));
        }
        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        if (filter.CategoryId is { } categoryId)
        {
            query = query.Where(a => a.CategoryId == categoryId);
        }
        if (filter.AuthorId is { } authorId)
        {
            query = query.Where(a => a.AuthorId == authorId);
        }
        if (filter.Year is { } year)
        {
            var (from, to) = VietnamTime.Period(year);
            query = query.Where(a => (a.PublishedAt ?? a.CreatedAt) >= from && (a.PublishedAt ?? a.CreatedAt) < to);
        }
        var total = await query.CountAsync(ct);
        page = Math.Max(1, page);
        var items = await Items(query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new PagedList<DeskItem>(items, page, pageSize, total);
    }

    /// <summary>The dashboard of <paramref name="actor"/>: their drafts, then the desk as far as they may see it.</summary>
    public async Task<Dashboard> DashboardAsync(Actor actor, int count, CancellationToken ct = default) =>
        new(await InStatusAsync(ArticleStatus.Draft, count, actor, mineOnly: true, ct),
            await InStatusAsync(ArticleStatus.InReview, count, actor, mineOnly: false, ct),
            await InStatusAsync(ArticleStatus.Scheduled, count, actor, mineOnly: false, ct),
            await InStatusAsync(ArticleStatus.Published, count, actor, mineOnly: false, ct));

    // Unpublished work is the editors' and its author's business; what is published anyone may see.
    private async Task<IReadOnlyList<DeskItem>> InStatusAsync(ArticleStatus status, int count, Actor actor, bool mineOnly, CancellationToken ct)
    {
        var query = db.Articles.AsNoTracking().Where(a => a.Status == status);
        if (mineOnly || (status != ArticleStatus.Published && !actor.IsInRole(Roles.Editor)))
        {
            query = query.Where(a => a.AuthorId != null && a.AuthorId == actor.UserId);
        }
        var ordered = status is ArticleStatus.Published or ArticleStatus.Scheduled
            ? query.OrderByDescending(a => a.PublishedAt)
            : query.OrderByDescending(a => a.UpdatedAt);
        return await Items(ordered.Take(count)).ToListAsync(ct);
    }

    /// <summary>The accounts that have written articles, for the author filter.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> AuthorsAsync(CancellationToken ct = default) =>
        (await db.Users.AsNoTracking()
            .Where(u => db.Articles.Any(a => a.AuthorId == u.Id))
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
        .OrderBy(u => u.DisplayName, VietnameseSort.PersonNameComparer).Select(u => (u.Id, u.DisplayName)).ToList();

    /// <summary>Any article, whatever its status, as its public page would show it (for signed-in preview).</summary>
    public async Task<ArticlePreview?> PreviewAsync(int id, CancellationToken ct = default)
    {
        var owner = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new Article { Id = a.Id, Title = a.Title, Status = a.Status, AuthorId = a.AuthorId })
            .FirstOrDefaultAsync(ct);
        return owner is not null && await reader.PageForPreviewAsync(id, ct) is { } page ? new ArticlePreview(page, owner) : null;
    }

    /// <summary>An article's revisions, newest first.</summary>
    public async Task<IReadOnlyList<ArticleRevision>> RevisionsAsync(int articleId, CancellationToken ct = default) =>
        await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Number).ToListAsync(ct);

    private static IQueryable<DeskItem> Items(IQueryable<Article> query) =>
        query.Select(a => new DeskItem(a.Id, a.Title, a.Slug, a.Status, a.Category.Name, a.AuthorName, a.AuthorId, a.UpdatedAt, a.PublishedAt));
}
