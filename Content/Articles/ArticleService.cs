using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Markdown;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Articles;

/// <summary>
/// Writes articles: normalizes text to NFC, keeps slugs unique (old ones redirect), renders Markdown once on save,
/// moves articles through <see cref="ArticleWorkflow"/>, and announces each change after it is committed.
/// </summary>
public sealed class ArticleService(
    ContentDbContext db,
    MarkdownRenderer markdown,
    IDomainEventPublisher events,
    TimeProvider clock)
{
    /// <summary>Creates a draft.</summary>
    public async Task<OperationResult<Article>> CreateAsync(ArticleInput input, string? authorId = null, CancellationToken ct = default)
    {
        var article = new Article
        {
            Status = ArticleStatus.Draft,
            AuthorId = authorId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var applied = await ApplyAsync(article, input, ct);
        if (!applied.Succeeded)
        {
            return OperationResult<Article>.Fail(applied.Error!, applied.Field);
        }
        db.Articles.Add(article);
        await db.SaveChangesAsync(ct);
        await events.PublishAsync(new ArticleSaved(article.Id, article.Slug), ct);
        return OperationResult<Article>.Ok(article);
    }

    /// <summary>Saves an edit; <paramref name="expectedVersion"/> is the version the editor started from.</summary>
    public async Task<OperationResult<Article>> UpdateAsync(int id, ArticleInput input, int expectedVersion, CancellationToken ct = default)
    {
        var article = await LoadForEditAsync(id, ct);
        if (article is null)
        {
            return OperationResult<Article>.Fail("Không tìm thấy bài viết.");
        }
        if (article.Version != expectedVersion)
        {
            return OperationResult<Article>.Fail("Bài viết đã được người khác lưu sau khi bạn mở. Hãy xem lại bản mới nhất trước khi lưu.");
        }
        var oldSlug = article.Slug;
        var applied = await ApplyAsync(article, input, ct);
        if (!applied.Succeeded)
        {
            return OperationResult<Article>.Fail(applied.Error!, applied.Field);
        }
        if (oldSlug != article.Slug)
        {
            await RememberOldSlugAsync(article, oldSlug, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult<Article>.Fail("Bài viết đã được người khác lưu cùng lúc. Hãy xem lại bản mới nhất trước khi lưu.");
        }
        await events.PublishAsync(new ArticleSaved(article.Id, article.Slug), ct);
        return OperationResult<Article>.Ok(article);
    }

    /// <summary>
    /// Moves an article to another status if the workflow allows it. Publishing takes <paramref name="publishAt"/>
    /// (UTC) when given, otherwise now; scheduling requires a future time.
    /// </summary>
    public async Task<OperationResult<Article>> MoveAsync(int id, ArticleStatus to, DateTime? publishAt = null, CancellationToken ct = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return OperationResult<Article>.Fail("Không tìm thấy bài viết.");
        }
        if (!ArticleWorkflow.CanMove(article.Status, to))
        {
            return OperationResult<Article>.Fail(
                $"Không thể chuyển bài viết từ \"{ArticleWorkflow.DisplayName(article.Status)}\" sang \"{ArticleWorkflow.DisplayName(to)}\".");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var wasPublic = article.IsVisibleAt(now);
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
                // Re-publishing an archived article keeps its original date; a scheduled one keeps its time if passed.
                article.PublishedAt = publishAt ?? (article.PublishedAt is { } at && at <= now ? at : now);
                break;
        }
        article.Status = to;
        article.UpdatedAt = now;
        article.Version++;
        await db.SaveChangesAsync(ct);

        if (to is ArticleStatus.Published or ArticleStatus.Scheduled)
        {
            await events.PublishAsync(new ArticlePublished(article.Id, article.Slug, article.PublishedAt!.Value), ct);
        }
        else if (wasPublic)
        {
            await events.PublishAsync(new ArticleWithdrawn(article.Id, article.Slug), ct);
        }
        return OperationResult<Article>.Ok(article);
    }

    private Task<Article?> LoadForEditAsync(int id, CancellationToken ct) =>
        db.Articles
            .Include(a => a.Tags).Include(a => a.People).Include(a => a.Departments)
            .Include(a => a.Movements).Include(a => a.Initiatives)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, ct);

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

        var requestedSlug = VietnameseText.NfcOrNull(input.Slug);
        string slug;
        if (requestedSlug is null)
        {
            slug = article.Id != 0 && article.Slug.Length > 0
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

        var now = clock.GetUtcNow().UtcDateTime;
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
        article.UpdatedAt = now;
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
