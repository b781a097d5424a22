using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Content.Articles;

/// <summary>Narrows the public article lists; every part is optional and they combine.</summary>
public sealed record ArticleFilter
{
    public string? CategorySlug { get; init; }
    public string? TagSlug { get; init; }
    public int? Year { get; init; }
    /// <summary>Only with <see cref="Year"/>.</summary>
    public int? Month { get; init; }
    public string? MovementSlug { get; init; }
    /// <summary>Articles about the department or about one of its people.</summary>
    public string? DepartmentSlug { get; init; }
    public string? PersonSlug { get; init; }
}

/// <summary>An image as a page needs it: where it is, how big, and what it shows.</summary>
public sealed record ImageRef(int Id, string StoredName, int Width, int Height, string AltText)
{
    public static ImageRef? From(MediaAsset? asset) =>
        asset is null ? null : new(asset.Id, asset.StoredName, asset.Width, asset.Height, asset.AltText);
}

/// <summary>An article as a list shows it.</summary>
public sealed record ArticleSummary(
    int Id, string Title, string Slug, string? Summary,
    string CategoryName, string CategorySlug, DateTime PublishedAt, ImageRef? CoverImage);

public sealed record ArticleLink(string Title, string Slug, DateTime PublishedAt);

/// <summary>An article page: the article with its links, and its neighbours in time.</summary>
public sealed record ArticleDetail(
    Article Article, ArticleLink? Previous, ArticleLink? Next, IReadOnlyList<ArticleSummary> Related);

/// <summary>What a public slug leads to: an article, a redirect to its new slug, or nothing.</summary>
public sealed record ArticleLookup(ArticleDetail? Found, string? RedirectToSlug)
{
    public static readonly ArticleLookup NotFound = new(null, null);
}

/// <summary>A month of the archive and how many articles it holds.</summary>
public sealed record ArchiveMonth(int Year, int Month, int Count);
