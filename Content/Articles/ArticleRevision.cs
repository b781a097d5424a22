namespace ThiDuaCms.Content.Articles;

/// <summary>A snapshot of an article's text, kept on every save so any version can be compared or restored.</summary>
public sealed class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    /// <summary>1, 2, 3, … per article.</summary>
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Summary { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public DateTime SavedAt { get; set; }
    public string SavedBy { get; set; } = "";
    /// <summary>Why this revision exists when it is not a plain save, e.g. "Khôi phục từ phiên bản 3".</summary>
    public string? Note { get; set; }
}
