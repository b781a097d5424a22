using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Articles;

/// <summary>
/// The workflow service: moves articles through <see cref="ArticleWorkflow"/> if the actor may, applies its dating
/// rules (when an article is, or becomes, public), and stages an audit entry and the change-log event in the same
/// unit of work. Editing is <see cref="ArticleEditor"/>'s; both share the scope's DbContext, so a caller can save and
/// move in one transaction.
/// </summary>
public sealed class ArticleService(ContentDbContext db, AuditLog audit, ChangeLog changes, TimeProvider clock)
{
    private const string EntityType = "Article";

    /// <summary>
    /// Moves an article to another status if the workflow lets <paramref name="actor"/> do so. Scheduling requires a
    /// future <paramref name="publishAt"/> (UTC), whoever asks. Publishing means now: re-publishing keeps the original
    /// date and a due schedule its time; only the system (seeding, imports) may give a publication date, to record
    /// when an article was published elsewhere. Sending back to draft requires a comment for the author.
    /// </summary>
    public async Task<OperationResult<Article>> MoveAsync(
        int id, ArticleStatus to, Actor actor, DateTime? publishAt = null, string? comment = null, CancellationToken ct = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return OperationResult<Article>.NotFound("Không tìm thấy bài viết.");
        }
        var transition = ArticleWorkflow.Find(article.Status, to, actor, ArticlePermissions.Owns(article, actor));
        if (transition is null)
        {
            var move = $"từ \"{ArticleWorkflow.DisplayName(article.Status)}\" sang \"{ArticleWorkflow.DisplayName(to)}\"";
            return ArticleWorkflow.CanMove(article.Status, to)
                ? OperationResult<Article>.Forbidden($"Bạn không có quyền chuyển bài viết {move}.")
                : OperationResult<Article>.Fail($"Không thể chuyển bài viết {move}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var wasVisible = article.IsVisibleAt(now);
        // A scheduled article is visible from its time, but it is announced when it becomes published (by the
        // scheduled publisher or an editor): publishing it counts as becoming public.
        var wasAnnounced = wasVisible && article.Status == ArticleStatus.Published;
        comment = VietnameseText.NfcOrNull(comment);
        if (FieldLimits.TooLong(comment, FieldLimits.ReviewComment, "Nhận xét", "Comment") is { } tooLong)
        {
            return tooLong.As<Article>();
        }
        switch (to)
        {
            case ArticleStatus.Scheduled:
                if (publishAt is null || publishAt <= now)
                {
                    return OperationResult<Article>.Fail("Thời điểm hẹn giờ phải ở tương lai.", "PublishAt");
                }
                article.PublishedAt = publishAt;
                break;
            case ArticleStatus.Published:
                // A future date would make the article appear later without anyone announcing it: that is a schedule.
                if (ReferenceEquals(actor, Actor.System) && publishAt > now)
                {
                    return OperationResult<Article>.Fail("Thời điểm xuất bản không được ở tương lai; hãy hẹn giờ xuất bản.", "PublishAt");
                }
                article.PublishedAt = PublicationDate(article, ReferenceEquals(actor, Actor.System) ? publishAt : null, now);
                article.ReviewComment = null;
                break;
            case ArticleStatus.Draft when article.Status == ArticleStatus.Scheduled:
                // A cancelled schedule was never published: forget its time, so a later publication is dated when it happens.
                article.PublishedAt = null;
                break;
            case ArticleStatus.Draft when article.Status == ArticleStatus.InReview:
                if (comment is null)
                {
                    return OperationResult<Article>.Fail("Vui lòng ghi nhận xét để tác giả biết cần sửa gì.", "Comment");
                }
                article.ReviewComment = comment;
                break;
        }
        article.Status = to;
        article.UpdatedAt = now;
        article.Version++;
        var when = to is ArticleStatus.Scheduled or ArticleStatus.Published ? $" ({VietnamTime.DateTimeText(article.PublishedAt!.Value)})" : "";
        audit.Record(actor, transition.Action, EntityType, article.Id, $"{article.Title}{when}{(comment is null ? "" : " – " + comment)}");
        var isVisible = article.IsVisibleAt(now);
        changes.Append(
            isVisible && !wasAnnounced ? new ArticlePublished(article.Id, article.Slug, article.PublishedAt!.Value)
            : wasVisible && !isVisible ? new ArticleWithdrawn(article.Id, article.Slug)
            : new ArticleSaved(article.Id, article.Slug, isVisible));
        return await ArticleSaves.SaveOrConflictAsync(db, () => db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct), ct)
            ?? OperationResult<Article>.Ok(article);
    }

    /// <summary>
    /// The dating rule of publication: a given date (the system's back-dating), else the original date when
    /// re-publishing or when a schedule's time has already come, else now (a scheduled article published early).
    /// </summary>
    public static DateTime PublicationDate(Article article, DateTime? given, DateTime now) =>
        given ?? (article.PublishedAt is { } at && at <= now ? at : now);

    /// <summary>Publishes every scheduled article whose time has come, announcing each; returns how many.</summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles
            .Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt <= now)
            .ToListAsync(ct);
        foreach (var article in due)
        {
            article.Status = ArticleStatus.Published;
            article.UpdatedAt = now;
            article.Version++;
            audit.Record(Actor.System, "Tự động xuất bản theo lịch", EntityType, article.Id,
                $"{article.Title} ({VietnamTime.DateTimeText(article.PublishedAt!.Value)})");
            changes.Append(new ArticlePublished(article.Id, article.Slug, article.PublishedAt!.Value));
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}
