using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Data;

namespace ThiDuaCms.Content.Articles;

/// <summary>Keeps a numbered copy of an article's text at every save, in the caller's unit of work.</summary>
public sealed class ArticleRevisions(ContentDbContext db)
{
    /// <summary>Stages the next revision of <paramref name="article"/> as it is now.</summary>
    public async Task AddAsync(Article article, Actor actor, string? note, CancellationToken ct)
    {
        var number = article.Id == 0 ? 1
            : (await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
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
    }

    public Task<ArticleRevision?> FindAsync(int articleId, int number, CancellationToken ct) =>
        db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.ArticleId == articleId && r.Number == number, ct);
}
