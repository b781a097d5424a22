namespace ThiDuaCms.Content.Articles;

/// <summary>The one rule for what the public may see.</summary>
public static class ArticleVisibility
{
    /// <summary>
    /// Published articles whose time has come. A scheduled article counts from its publish time even before
    /// the background publisher has flipped its status, so the site never waits on a timer.
    /// </summary>
    public static IQueryable<Article> VisibleAt(this IQueryable<Article> articles, DateTime nowUtc) =>
        // PublicAt is PublishedAt while published or scheduled, else null (Article.RefreshPublicColumns, on every save),
        // so the rule is one range on one index that also gives the order. Compiled queries (ArticleReader,
        // ArticleListQuery) cannot call this method and spell the same range: "PublicAt != null && PublicAt <= now".
        articles.Where(a => a.PublicAt != null && a.PublicAt <= nowUtc);

    public static bool IsVisibleAt(this Article article, DateTime nowUtc) =>
        article.Status is ArticleStatus.Published or ArticleStatus.Scheduled
        && article.PublishedAt is { } publishedAt && publishedAt <= nowUtc;
}
