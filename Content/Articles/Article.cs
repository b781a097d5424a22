using ThiDuaCms.Content.Media;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Articles;

/// <summary>A column article. Visible to the public only when published (or scheduled) and its publish time has passed.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Summary { get; set; }
    public string BodyMarkdown { get; set; } = "";
    /// <summary>Sanitized HTML rendered from <see cref="BodyMarkdown"/> when the article is saved.</summary>
    public string BodyHtml { get; set; } = "";
    public int CategoryId { get; set; }
    public Category Category { get; set; } = null!;
    public int? CoverImageId { get; set; }
    public MediaAsset? CoverImage { get; set; }
    /// <summary>The byline as printed (may differ from the account that typed it).</summary>
    public string AuthorName { get; set; } = "";
    /// <summary>The account that owns the article, when written in the back office.</summary>
    public string? AuthorId { get; set; }
    public ArticleStatus Status { get; set; }
    /// <summary>UTC; for a scheduled article, the moment it goes public.</summary>
    public DateTime? PublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public bool IsFeatured { get; set; }
    /// <summary>The editor's note when an article is sent back to draft, shown to its author.</summary>
    public string? ReviewComment { get; set; }
    /// <summary>Optimistic concurrency: bumped on every save so a stale editor is detected.</summary>
    public int Version { get; set; }

    /// <summary>
    /// UTC; when the public sees the article: <see cref="PublishedAt"/> while published or scheduled, else null.
    /// Derived, kept by <see cref="RefreshPublicColumns"/> (ContentDbContext calls it on every save), so the public
    /// lists filter and order on one indexed column.
    /// </summary>
    public DateTime? PublicAt { get; private set; }
    /// <summary>The Vietnam-time year of <see cref="PublicAt"/>, stored so no database computes it in its own time zone.</summary>
    public int? PublicYear { get; private set; }
    /// <summary>The Vietnam-time month (1–12) of <see cref="PublicAt"/>.</summary>
    public int? PublicMonth { get; private set; }

    public List<Tag> Tags { get; set; } = [];
    public List<Person> People { get; set; } = [];
    public List<Department> Departments { get; set; } = [];
    public List<Movement> Movements { get; set; } = [];
    public List<Initiative> Initiatives { get; set; } = [];

    /// <summary>Sets the public columns from <see cref="Status"/> and <see cref="PublishedAt"/>; a scheduled article is public from its due time.</summary>
    public void RefreshPublicColumns()
    {
        PublicAt = Status is ArticleStatus.Published or ArticleStatus.Scheduled ? PublishedAt : null;
        if (PublicAt is { } at)
        {
            var local = Text.VietnamTime.ToLocal(at);
            PublicYear = local.Year;
            PublicMonth = local.Month;
        }
        else
        {
            PublicYear = null;
            PublicMonth = null;
        }
    }
}
