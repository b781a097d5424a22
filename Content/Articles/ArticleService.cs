using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Markdown;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Articles;

/// <summary>
/// Writes articles: checks who may do what, normalizes text to NFC, keeps slugs unique (old ones redirect),
/// renders Markdown once on save, keeps a revision of every save, moves articles through <see cref="ArticleWorkflow"/>
/// with an audit entry, and appends each change to the change log in the same transaction.
/// </summary>
public sealed class ArticleService(
    ContentDbContext db,
    MarkdownRenderer markdown,
    AuditLog audit,
    ChangeLog changes,
    TimeProvider clock)
{
    private const string EntityType = "Article";

    /// <summary>Creates a draft owned by <paramref name="actor"/>.</summary>
    public async Task<OperationResult<Article>> CreateAsync(ArticleInput input, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInRole(Roles.Author) && !actor.IsInRole(Roles.Editor))
        {
            return OperationResult<Article>.Forbidden("Bạn không có quyền viết bài.");
        }
        var article = new Article
        {
            Status = ArticleStatus.Draft,
            AuthorId = actor.UserId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var applied = await ApplyAsync(article, input, ct);
        if (!applied.Succeeded)
        {
            return applied.As<Article>();
        }
        db.Articles.Add(article);
        AddRevision(article, actor, note: null, number: 1);
        // The audit entry needs the new id, and must exist exactly when the article does: one transaction.
        // (A caller's transaction, such as the seeder's, already makes it so.)
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using (transaction)
        {
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Tạo bài viết", EntityType, article.Id, article.Title);
            changes.Append(new ArticleSaved(article.Id, article.Slug, article.IsVisibleAt(clock.GetUtcNow().UtcDateTime)));
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
        return OperationResult<Article>.Ok(article);
    }

    /// <summary>
    /// Saves an edit made from <paramref name="expectedVersion"/>. If someone saved since, nothing is written and the
    /// result is a conflict carrying the stored article, so the editor can see both versions.
    /// </summary>
    public async Task<OperationResult<Article>> UpdateAsync(int id, ArticleInput input, int expectedVersion, Actor actor, CancellationToken ct = default)
    {
        var article = await LoadForEditAsync(id, ct);
        if (article is null)
        {
            return OperationResult<Article>.NotFound("Không tìm thấy bài viết.");
        }
        if (CanEdit(article, actor) is { } denied)
        {
            return OperationResult<Article>.Forbidden(denied);
        }
        if (article.Version != expectedVersion)
        {
            return OperationResult<Article>.Conflict(article, ConflictMessage);
        }
        var oldSlug = article.Slug;
        var applied = await ApplyAsync(article, input, ct);
        if (!applied.Succeeded)
        {
            return applied.As<Article>();
        }
        if (oldSlug != article.Slug)
        {
            await RememberOldSlugAsync(article, oldSlug, ct);
        }
        AddRevision(article, actor, note: null, number: await NextRevisionNumberAsync(id, ct));
        changes.Append(new ArticleSaved(article.Id, article.Slug, article.IsVisibleAt(clock.GetUtcNow().UtcDateTime)));
        if (await SaveOrConflictAsync(id, ct) is { } conflict)
        {
            return conflict;
        }
        return OperationResult<Article>.Ok(article);
    }

    /// <summary>
    /// Moves an article to another status if the workflow lets <paramref name="actor"/> do so. Publishing takes
    /// <paramref name="publishAt"/> (UTC) when given, otherwise now; scheduling requires a future time;
    /// sending back to draft requires a comment for the author.
    /// </summary>
    public async Task<OperationResult<Article>> MoveAsync(
        int id, ArticleStatus to, Actor actor, DateTime? publishAt = null, string? comment = null, CancellationToken ct = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return OperationResult<Article>.NotFound("Không tìm thấy bài viết.");
        }
        var transition = ArticleWorkflow.Find(article.Status, to, actor, Owns(article, actor));
        if (transition is null)
        {
            var move = $"từ \"{ArticleWorkflow.DisplayName(article.Status)}\" sang \"{ArticleWorkflow.DisplayName(to)}\"";
            return ArticleWorkflow.CanMove(article.Status, to)
                ? OperationResult<Article>.Forbidden($"Bạn không có quyền chuyển bài viết {move}.")
                : OperationResult<Article>.Fail($"Không thể chuyển bài viết {move}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var wasVisible = article.IsVisibleAt(now);
        // A scheduled article is visible from its time, but it is announced when the scheduled publisher (or an
        // editor) makes it published: publishing it counts as becoming public.
        var wasAnnounced = wasVisible && article.Status == ArticleStatus.Published;
        comment = VietnameseText.NfcOrNull(comment);
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
                // Re-publishing keeps the original date; a scheduled article published early takes now.
                article.PublishedAt = publishAt ?? (article.PublishedAt is { } at && at <= now ? at : now);
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
        if (await SaveOrConflictAsync(article.Id, ct) is { } conflict)
        {
            return conflict;
        }
        return OperationResult<Article>.Ok(article);
    }

    /// <summary>Publishes every scheduled article whose time has come; returns how many.</summary>
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

    /// <summary>Brings back the text of revision <paramref name="number"/> as a new revision; nothing is overwritten for good.</summary>
    public async Task<OperationResult<Article>> RestoreAsync(int id, int number, Actor actor, CancellationToken ct = default)
    {
        var article = await LoadForEditAsync(id, ct);
        if (article is null)
        {
            return OperationResult<Article>.NotFound("Không tìm thấy bài viết.");
        }
        if (CanEdit(article, actor) is { } denied)
        {
            return OperationResult<Article>.Forbidden(denied);
        }
        var revision = await db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.ArticleId == id && r.Number == number, ct);
        if (revision is null)
        {
            return OperationResult<Article>.NotFound($"Không tìm thấy phiên bản {number}.");
        }
        var input = ToInput(article) with
        {
            Title = revision.Title,
            Summary = revision.Summary,
            BodyMarkdown = revision.BodyMarkdown,
            SeoTitle = revision.SeoTitle,
            SeoDescription = revision.SeoDescription,
        };
        var applied = await ApplyAsync(article, input, ct);
        if (!applied.Succeeded)
        {
            return applied.As<Article>();
        }
        AddRevision(article, actor, $"Khôi phục từ phiên bản {number}", await NextRevisionNumberAsync(id, ct));
        audit.Record(actor, "Khôi phục phiên bản", EntityType, id, $"{article.Title} – phiên bản {number}");
        changes.Append(new ArticleSaved(article.Id, article.Slug, article.IsVisibleAt(clock.GetUtcNow().UtcDateTime)));
        if (await SaveOrConflictAsync(article.Id, ct) is { } conflict)
        {
            return conflict;
        }
        return OperationResult<Article>.Ok(article);
    }

    /// <summary>The article with everything the editor form shows, or null.</summary>
    public Task<Article?> GetForEditAsync(int id, CancellationToken ct = default) =>
        WithEditIncludes(db.Articles.AsNoTracking()).Include(a => a.Category).FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Editors see every article in the back office; an author sees only their own.</summary>
    public static bool CanView(Article article, Actor actor) => actor.IsInRole(Roles.Editor) || Owns(article, actor);

    /// <summary>Null when <paramref name="actor"/> may edit the article, otherwise why not.</summary>
    public static string? CanEdit(Article article, Actor actor) =>
        actor.IsInRole(Roles.Editor) ? null
        : !actor.IsInRole(Roles.Author) ? "Bạn không có quyền sửa bài viết."
        : !Owns(article, actor) ? "Tác giả chỉ được sửa bài viết của mình."
        : article.Status != ArticleStatus.Draft ? "Tác giả chỉ được sửa bài ở trạng thái bản nháp."
        : null;

    /// <summary>The editor's fields of a stored article, e.g. to fill a form.</summary>
    public static ArticleInput ToInput(Article article) => new()
    {
        Title = article.Title,
        Slug = article.Slug,
        Summary = article.Summary,
        BodyMarkdown = article.BodyMarkdown,
        CategoryId = article.CategoryId,
        Tags = article.Tags.Select(t => t.Name).ToList(),
        AuthorName = article.AuthorName,
        CoverImageId = article.CoverImageId,
        SeoTitle = article.SeoTitle,
        SeoDescription = article.SeoDescription,
        IsFeatured = article.IsFeatured,
        PersonIds = article.People.Select(p => p.Id).ToList(),
        DepartmentIds = article.Departments.Select(d => d.Id).ToList(),
        MovementIds = article.Movements.Select(m => m.Id).ToList(),
        InitiativeIds = article.Initiatives.Select(i => i.Id).ToList(),
    };

    private const string ConflictMessage =
        "Bài viết đã được người khác lưu sau khi bạn mở. Bản của bạn chưa được lưu: hãy so sánh hai bản dưới đây, chỉnh lại rồi lưu lần nữa.";

    /// <summary>Saves; when someone else saved the article meanwhile, nothing is written and the stored version comes back.</summary>
    private async Task<OperationResult<Article>?> SaveOrConflictAsync(int id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return OperationResult<Article>.Conflict((await LoadForEditAsync(id, ct))!, ConflictMessage);
        }
    }

    public static bool Owns(Article article, Actor actor) => actor.UserId is not null && article.AuthorId == actor.UserId;

    private Task<Article?> LoadForEditAsync(int id, CancellationToken ct) =>
        WithEditIncludes(db.Articles).FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>The links the editor form edits.</summary>
    private static IQueryable<Article> WithEditIncludes(IQueryable<Article> articles) =>
        articles
            .Include(a => a.Tags).Include(a => a.People).Include(a => a.Departments)
            .Include(a => a.Movements).Include(a => a.Initiatives)
            .AsSplitQuery();

    private async Task<int> NextRevisionNumberAsync(int articleId, CancellationToken ct) =>
        (await db.ArticleRevisions.Where(r => r.ArticleId == articleId).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;

    private void AddRevision(Article article, Actor actor, string? note, int number) =>
        db.ArticleRevisions.Add(new ArticleRevision
        {
            Article = article,
            Number = number,
            Title = article.Title,
            Slug = article.Slug,
            Summary = article.Summary,
            BodyMarkdown = article.BodyMarkdown,
            SeoTitle = article.SeoTitle,
            SeoDescription = article.SeoDescription,
            SavedAt = article.UpdatedAt,
            SavedBy = actor.Name,
            Note = note,
        });

    private async Task<OperationResult> ApplyAsync(Article article, ArticleInput input, CancellationToken ct)
    {
        var title = VietnameseText.Nfc(input.Title ?? "");
        if (title.Length == 0)
        {
            return OperationResult.Fail("Vui lòng nhập tiêu đề bài viết.", nameof(ArticleInput.Title));
        }
        if (title.Length > 300)
        {
            return OperationResult.Fail("Tiêu đề không được dài quá 300 ký tự.", nameof(ArticleInput.Title));
        }
        if (!await db.Categories.AnyAsync(c => c.Id == input.CategoryId, ct))
        {
            return OperationResult.Fail("Vui lòng chọn chuyên mục.", nameof(ArticleInput.CategoryId));
        }
        if (input.CoverImageId is { } coverId && !await db.MediaAssets.AnyAsync(m => m.Id == coverId && m.AltText != "", ct))
        {
            return OperationResult.Fail("Ảnh bìa phải là ảnh trong thư viện đã có mô tả (alt).", nameof(ArticleInput.CoverImageId));
        }

        var requestedSlug = VietnameseText.NfcOrNull(input.Slug);
        string slug;
        if (requestedSlug is null)
        {
            slug = article.Slug.Length > 0
                ? article.Slug
                : await Slug.MakeUniqueAsync(Slug.From(title), s => IsSlugTakenAsync(s, article.Id, ct));
        }
        else
        {
            // Whatever the editor typed ("Gương điển hình 2024") becomes a well-formed slug.
            slug = Slug.From(requestedSlug);
            if (slug.Length == 0)
            {
                return OperationResult.Fail("Đường dẫn phải có ít nhất một chữ cái hoặc chữ số (ví dụ: guong-dien-hinh-2024).", nameof(ArticleInput.Slug));
            }
            if (await IsSlugTakenAsync(slug, article.Id, ct))
            {
                return OperationResult.Fail($"Đường dẫn \"{slug}\" đã được bài viết khác sử dụng.", nameof(ArticleInput.Slug));
            }
        }

        article.Title = title;
        article.Slug = slug;
        article.Summary = VietnameseText.NfcOrNull(input.Summary);
        article.BodyMarkdown = VietnameseText.Nfc(input.BodyMarkdown ?? "");
        article.BodyHtml = markdown.Render(article.BodyMarkdown);
        article.CategoryId = input.CategoryId;
        article.AuthorName = VietnameseText.Nfc(input.AuthorName ?? "");
        article.CoverImageId = input.CoverImageId;
        article.SeoTitle = VietnameseText.NfcOrNull(input.SeoTitle);
        article.SeoDescription = VietnameseText.NfcOrNull(input.SeoDescription);
        article.IsFeatured = input.IsFeatured;
        article.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        article.Version++;

        article.Tags = await ResolveTagsAsync(input.Tags, ct);
        article.People = await db.People.Where(p => input.PersonIds.Contains(p.Id)).ToListAsync(ct);
        article.Departments = await db.Departments.Where(d => input.DepartmentIds.Contains(d.Id)).ToListAsync(ct);
        article.Movements = await db.Movements.Where(m => input.MovementIds.Contains(m.Id)).ToListAsync(ct);
        article.Initiatives = await db.Initiatives.Where(i => input.InitiativeIds.Contains(i.Id)).ToListAsync(ct);
        return OperationResult.Ok();
    }

    /// <summary>Finds tags by slug, creating the ones that do not exist yet.</summary>
    private async Task<List<Tag>> ResolveTagsAsync(IReadOnlyList<string> names, CancellationToken ct)
    {
        var wanted = names
            .Select(VietnameseText.Nfc)
            .Where(n => n.Length > 0)
            .GroupBy(Slug.From)
            .Where(g => g.Key.Length > 0)
            .ToDictionary(g => g.Key, g => g.First());
        var slugs = wanted.Keys.ToList();
        var existing = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync(ct);
        var created = wanted
            .Where(w => existing.All(t => t.Slug != w.Key))
            .Select(w => new Tag { Name = w.Value, Slug = w.Key });
        return [.. existing, .. created];
    }

    private async Task<bool> IsSlugTakenAsync(string slug, int articleId, CancellationToken ct) =>
        await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != articleId, ct)
        || await db.ArticleSlugRedirects.AnyAsync(r => r.OldSlug == slug && r.ArticleId != articleId, ct);

    private async Task RememberOldSlugAsync(Article article, string oldSlug, CancellationToken ct)
    {
        // Renaming back to an earlier slug makes that slug live again rather than a redirect to itself.
        var current = await db.ArticleSlugRedirects.FirstOrDefaultAsync(r => r.OldSlug == article.Slug, ct);
        if (current is not null)
        {
            db.ArticleSlugRedirects.Remove(current);
        }
        db.ArticleSlugRedirects.Add(new ArticleSlugRedirect { OldSlug = oldSlug, ArticleId = article.Id });
    }
}
