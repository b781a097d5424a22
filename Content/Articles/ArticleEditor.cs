using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Markdown;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Articles;

/// <summary>
/// Edits articles: checks who may edit, validates and normalizes the fields (NFC, lengths), renders Markdown once on
/// save, and in the same unit of work stages a revision (<see cref="ArticleRevisions"/>), the slug
/// (<see cref="ArticleSlugs"/>), an audit entry and the change-log event. Status changes are
/// <see cref="ArticleService"/>'s; both share the scope's DbContext, so a save and a move can commit together.
/// </summary>
public sealed class ArticleEditor(
    ContentDbContext db,
    MarkdownRenderer markdown,
    ArticleSlugs slugs,
    ArticleRevisions revisions,
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
        await revisions.AddAsync(article, actor, note: null, ct);
        // The audit entry and the event need the new id, and must exist exactly when the article does: one
        // transaction. (A caller's transaction, such as the seeder's, already makes it so.)
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using (transaction)
        {
            if (await ArticleSaves.SaveOrConflictAsync(db, () => Task.FromResult<Article?>(null), ct) is { } taken)
            {
                return taken;
            }
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
        if (ArticlePermissions.CanEdit(article, actor) is { } denied)
        {
            return OperationResult<Article>.Forbidden(denied);
        }
        if (article.Version != expectedVersion)
        {
            return OperationResult<Article>.Conflict(article, ArticleSaves.ConflictMessage);
        }
        var oldSlug = article.Slug;
        var applied = await ApplyAsync(article, input, ct);
        if (!applied.Succeeded)
        {
            return applied.As<Article>();
        }
        if (oldSlug != article.Slug)
        {
            await slugs.RememberOldSlugAsync(article, oldSlug, ct);
        }
        await revisions.AddAsync(article, actor, note: null, ct);
        changes.Append(new ArticleSaved(article.Id, article.Slug, article.IsVisibleAt(clock.GetUtcNow().UtcDateTime)));
        return await ArticleSaves.SaveOrConflictAsync(db, () => LoadForEditAsync(id, ct), ct) ?? OperationResult<Article>.Ok(article);
    }

    /// <summary>Brings back the text of revision <paramref name="number"/> as a new revision; nothing is overwritten for good.</summary>
    public async Task<OperationResult<Article>> RestoreAsync(int id, int number, Actor actor, CancellationToken ct = default)
    {
        var article = await LoadForEditAsync(id, ct);
        if (article is null)
        {
            return OperationResult<Article>.NotFound("Không tìm thấy bài viết.");
        }
        if (ArticlePermissions.CanEdit(article, actor) is { } denied)
        {
            return OperationResult<Article>.Forbidden(denied);
        }
        var revision = await revisions.FindAsync(id, number, ct);
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
        await revisions.AddAsync(article, actor, $"Khôi phục từ phiên bản {number}", ct);
        audit.Record(actor, "Khôi phục phiên bản", EntityType, id, $"{article.Title} – phiên bản {number}");
        changes.Append(new ArticleSaved(article.Id, article.Slug, article.IsVisibleAt(clock.GetUtcNow().UtcDateTime)));
        return await ArticleSaves.SaveOrConflictAsync(db, () => LoadForEditAsync(id, ct), ct) ?? OperationResult<Article>.Ok(article);
    }

    /// <summary>
    /// Renders the stored Markdown again (e.g. a handler, when something an article embeds changed). Not an edit:
    /// no revision, no audit entry, no new version; an event only when the HTML changed, so re-rendering twice
    /// settles. Returns whether it changed.
    /// </summary>
    public async Task<bool> RerenderAsync(int id, CancellationToken ct = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null || markdown.Render(article.BodyMarkdown) is var html && html == article.BodyHtml)
        {
            return false;
        }
        article.BodyHtml = html;
        changes.Append(new ArticleSaved(article.Id, article.Slug, article.IsVisibleAt(clock.GetUtcNow().UtcDateTime)));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The article with everything the editor form shows, or null.</summary>
    public Task<Article?> GetForEditAsync(int id, CancellationToken ct = default) =>
        WithEditIncludes(db.Articles.AsNoTracking()).Include(a => a.Category).FirstOrDefaultAsync(a => a.Id == id, ct);

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

    private Task<Article?> LoadForEditAsync(int id, CancellationToken ct) =>
        WithEditIncludes(db.Articles).FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>The links the editor form edits.</summary>
    private static IQueryable<Article> WithEditIncludes(IQueryable<Article> articles) =>
        articles
            .Include(a => a.Tags).Include(a => a.People).Include(a => a.Departments)
            .Include(a => a.Movements).Include(a => a.Initiatives)
            .AsSplitQuery();

    private async Task<OperationResult> ApplyAsync(Article article, ArticleInput input, CancellationToken ct)
    {
        var title = VietnameseText.Nfc(input.Title ?? "");
        var summary = VietnameseText.NfcOrNull(input.Summary);
        var body = VietnameseText.Nfc(input.BodyMarkdown ?? "");
        var authorName = VietnameseText.Nfc(input.AuthorName ?? "");
        var seoTitle = VietnameseText.NfcOrNull(input.SeoTitle);
        var seoDescription = VietnameseText.NfcOrNull(input.SeoDescription);
        var tagNames = input.Tags.Select(VietnameseText.Nfc).ToList();
        if (title.Length == 0)
        {
            return OperationResult.Fail("Vui lòng nhập tiêu đề bài viết.", nameof(ArticleInput.Title));
        }
        var tooLong = FieldLimits.TooLong(title, FieldLimits.ArticleTitle, "Tiêu đề", nameof(ArticleInput.Title))
            ?? FieldLimits.TooLong(summary, FieldLimits.ArticleSummary, "Tóm tắt", nameof(ArticleInput.Summary))
            ?? FieldLimits.TooLong(body, FieldLimits.ArticleBody, "Nội dung", nameof(ArticleInput.BodyMarkdown))
            ?? FieldLimits.TooLong(authorName, FieldLimits.AuthorName, "Tên tác giả", nameof(ArticleInput.AuthorName))
            ?? FieldLimits.TooLong(seoTitle, FieldLimits.SeoTitle, "Tiêu đề SEO", nameof(ArticleInput.SeoTitle))
            ?? FieldLimits.TooLong(seoDescription, FieldLimits.SeoDescription, "Mô tả SEO", nameof(ArticleInput.SeoDescription))
            ?? tagNames.Select(t => FieldLimits.TooLong(t, FieldLimits.TagName, "Mỗi thẻ", nameof(ArticleInput.Tags))).FirstOrDefault(r => r is not null);
        if (tooLong is not null)
        {
            return tooLong;
        }
        if (!await db.Categories.AnyAsync(c => c.Id == input.CategoryId, ct))
        {
            return OperationResult.Fail("Vui lòng chọn chuyên mục.", nameof(ArticleInput.CategoryId));
        }
        if (input.CoverImageId is { } coverId && !await db.MediaAssets.AnyAsync(m => m.Id == coverId && m.AltText != "", ct))
        {
            return OperationResult.Fail("Ảnh bìa phải là ảnh trong thư viện đã có mô tả (alt).", nameof(ArticleInput.CoverImageId));
        }
        var slug = await slugs.ChooseAsync(article, title, VietnameseText.NfcOrNull(input.Slug), ct);
        if (!slug.Succeeded)
        {
            return slug;
        }

        article.Title = title;
        article.Slug = slug.Value!;
        article.Summary = summary;
        article.BodyMarkdown = body;
        article.BodyHtml = markdown.Render(body);
        article.CategoryId = input.CategoryId;
        article.AuthorName = authorName;
        article.CoverImageId = input.CoverImageId;
        article.SeoTitle = seoTitle;
        article.SeoDescription = seoDescription;
        article.IsFeatured = input.IsFeatured;
        article.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        article.Version++;

        article.Tags = await slugs.ResolveTagsAsync(tagNames, ct);
        article.People = await db.People.Where(p => input.PersonIds.Contains(p.Id)).ToListAsync(ct);
        article.Departments = await db.Departments.Where(d => input.DepartmentIds.Contains(d.Id)).ToListAsync(ct);
        article.Movements = await db.Movements.Where(m => input.MovementIds.Contains(m.Id)).ToListAsync(ct);
        article.Initiatives = await db.Initiatives.Where(i => input.InitiativeIds.Contains(i.Id)).ToListAsync(ct);
        return OperationResult.Ok();
    }
}
