using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Markdown;

namespace ThiDuaCms.Content.Search;

/// <summary>One kind of document the search finds, read from the database (the truth) for a rebuild.</summary>
public interface ISearchSource
{
    /// <summary>Every document of this kind the index should hold now.</summary>
    IAsyncEnumerable<SearchDocument> AllAsync(CancellationToken cancellationToken);
}

/// <summary>Published articles as search documents: title, summary, body as plain text, and as keywords the tags, category, people, departments and movements.</summary>
public sealed class ArticleSearchSource(ContentDbContext db, MarkdownRenderer markdown, TimeProvider clock) : ISearchSource
{
    public const string Kind = "article";

    private const int BatchSize = 200;

    public static string KeyOf(int articleId) => Kind + ":" + articleId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The article's document when the public sees it now; null when it does not (draft, due later, archived, gone).</summary>
    public async Task<SearchDocument?> FindAsync(int articleId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var article = await WithLinks(db.Articles.AsNoTracking().VisibleAt(now).Where(a => a.Id == articleId)).FirstOrDefaultAsync(ct);
        return article is null ? null : ToDocument(article);
    }

    public async IAsyncEnumerable<SearchDocument> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var after = 0;
        while (true)
        {
            var batch = await WithLinks(db.Articles.AsNoTracking().VisibleAt(now).Where(a => a.Id > after).OrderBy(a => a.Id).Take(BatchSize))
                .ToListAsync(cancellationToken);
            foreach (var article in batch)
            {
                yield return ToDocument(article);
            }
            if (batch.Count < BatchSize)
            {
                yield break;
            }
            after = batch[^1].Id;
        }
    }

    private static IQueryable<Article> WithLinks(IQueryable<Article> articles) => articles
        .Include(a => a.Category).Include(a => a.Tags).Include(a => a.People).Include(a => a.Departments).Include(a => a.Movements)
        .AsSplitQuery();

    private SearchDocument ToDocument(Article article)
    {
        var keywords = article.Tags.Select(t => t.Name)
            .Append(article.Category.Name)
            .Concat(article.People.Select(p => p.FullName))
            .Concat(article.Departments.Select(d => d.Name))
            .Concat(article.Movements.Select(m => m.Name));
        return new SearchDocument(
            Kind,
            KeyOf(article.Id),
            article.Title,
            article.Summary,
            markdown.ToPlainText(article.BodyMarkdown),
            string.Join("\n", keywords),
            "/bai-viet/" + article.Slug,
            article.PublicAt,
            SearchVisibility.Public);
    }
}
