using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Articles;

/// <summary>
/// Allocates the slugs of articles and tags: unique, well-formed, and an article's old slugs kept as redirects.
/// Two editors taking the same slug at once are caught by the unique indexes (see <see cref="ArticleSaves"/>).
/// </summary>
public sealed class ArticleSlugs(ContentDbContext db)
{
    /// <summary>
    /// The slug for <paramref name="article"/>: the one the editor typed (made well-formed, refused when another
    /// article has or had it), else the current one, else one made unique from <paramref name="title"/>.
    /// </summary>
    public async Task<OperationResult<string>> ChooseAsync(Article article, string title, string? requested, CancellationToken ct)
    {
        if (requested is null)
        {
            return OperationResult<string>.Ok(article.Slug.Length > 0
                ? article.Slug
                : await Slug.MakeUniqueAsync(Slug.From(title), s => IsTakenAsync(s, article.Id, ct)));
        }
        // Whatever the editor typed ("Gương điển hình 2024") becomes a well-formed slug.
        var slug = Slug.From(requested);
        if (slug.Length == 0)
        {
            return OperationResult<string>.Fail("Đường dẫn phải có ít nhất một chữ cái hoặc chữ số (ví dụ: guong-dien-hinh-2024).", nameof(ArticleInput.Slug));
        }
        if (await IsTakenAsync(slug, article.Id, ct))
        {
            return OperationResult<string>.Fail($"Đường dẫn \"{slug}\" đã được bài viết khác sử dụng.", nameof(ArticleInput.Slug));
        }
        return OperationResult<string>.Ok(slug);
    }

    /// <summary>Stages a redirect from <paramref name="oldSlug"/> to the article's new slug.</summary>
    public async Task RememberOldSlugAsync(Article article, string oldSlug, CancellationToken ct)
    {
        // Renaming back to an earlier slug makes that slug live again rather than a redirect to itself.
        var current = await db.ArticleSlugRedirects.FirstOrDefaultAsync(r => r.OldSlug == article.Slug, ct);
        if (current is not null)
        {
            db.ArticleSlugRedirects.Remove(current);
        }
        db.ArticleSlugRedirects.Add(new ArticleSlugRedirect { OldSlug = oldSlug, ArticleId = article.Id });
    }

    /// <summary>Finds tags by slug, staging the ones that do not exist yet. Names are NFC and at most <see cref="FieldLimits.TagName"/> long.</summary>
    public async Task<List<Tag>> ResolveTagsAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var wanted = names
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

    private async Task<bool> IsTakenAsync(string slug, int articleId, CancellationToken ct) =>
        await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != articleId, ct)
        || await db.ArticleSlugRedirects.AnyAsync(r => r.OldSlug == slug && r.ArticleId != articleId, ct);
}
