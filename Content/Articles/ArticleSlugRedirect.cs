namespace ThiDuaCms.Content.Articles;

/// <summary>A slug an article used to have; requests for it are redirected (301) to the current one.</summary>
public sealed class ArticleSlugRedirect
{
    public int Id { get; set; }
    public string OldSlug { get; set; } = "";
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
}
