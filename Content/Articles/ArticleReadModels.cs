using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Content.Articles;

/// <summary>Narrows the public article lists; every part is optional and they combine.</summary>
public sealed record ArticleFilter
{
    /// <summary>No filter: the whole column.</summary>
    public static readonly ArticleFilter None = new();

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

/// <summary>
/// An image as a page needs it: where it is, how big, what it shows, and the widths of the variants that were
/// generated for it (<see cref="MediaAsset.VariantWidths"/>), which are what a srcset may name.
/// </summary>
public sealed record ImageRef(int Id, string StoredName, int Width, int Height, string AltText, IReadOnlyList<int> VariantWidths);

/// <summary>An article as a list shows it.</summary>
public sealed record ArticleSummary(
    int Id, string Title, string Slug, string? Summary,
    string CategoryName, string CategorySlug, DateTime PublishedAt, ImageRef? CoverImage);

/// <summary>What the home page shows of the articles: the lead story, if any article is public, and the newest others.</summary>
public sealed record FrontPage(ArticleSummary? Lead, IReadOnlyList<ArticleSummary> Latest);

public sealed record ArticleLink(string Title, string Slug, DateTime PublishedAt);

public sealed record CategoryRef(int Id, string Name, string Slug, string? Description);

public sealed record TagRef(string Name, string Slug);

public sealed record DepartmentRef(int Id, string Name, string Slug, Recognition.DepartmentKind Kind);

public sealed record MovementRef(int Id, string Name, string Slug, string? Summary, DateOnly StartDate, DateOnly? EndDate);

public sealed record InitiativeRef(int Id, string Title, string Slug, int Year);

/// <summary>A person as a card shows them: name, position, department and portrait.</summary>
public sealed record PersonCard(
    int Id, string FullName, string Slug, string? Position, string? DepartmentName, string? DepartmentSlug, ImageRef? Photo)
{
    /// <summary>A person as a card, in a query: the one projection every list of people uses.</summary>
    internal static readonly System.Linq.Expressions.Expression<Func<Recognition.Person, PersonCard>> Projection = p => new PersonCard(
        p.Id, p.FullName, p.Slug, p.Position,
        p.Department == null ? null : p.Department.Name,
        p.Department == null ? null : p.Department.Slug,
        p.Photo == null ? null
            : new ImageRef(p.Photo.Id, p.Photo.StoredName, p.Photo.Width, p.Photo.Height, p.Photo.AltText, p.Photo.VariantWidths));
}

/// <summary>
/// Everything an article page shows of the article itself, projected in the query: never the Markdown source or
/// the editors' review comment. The back-office preview renders the same record (see EditorialDesk.PreviewAsync).
/// </summary>
/// <param name="PublishedAt">The publish time, or null for a draft in preview.</param>
public sealed record ArticlePage(
    int Id, string Title, string Slug, string? Summary, string BodyHtml, string AuthorName, DateTime? PublishedAt,
    string? SeoTitle, string? SeoDescription, CategoryRef Category, ImageRef? Cover, string? CoverCredit)
{
    public IReadOnlyList<TagRef> Tags { get; init; } = [];
    public IReadOnlyList<PersonCard> People { get; init; } = [];
    public IReadOnlyList<DepartmentRef> Departments { get; init; } = [];
    public IReadOnlyList<MovementRef> Movements { get; init; } = [];
    public IReadOnlyList<InitiativeRef> Initiatives { get; init; } = [];
}

/// <summary>An article page: the article with its links, and its neighbours in time.</summary>
public sealed record ArticleDetail(
    ArticlePage Article, ArticleLink? Previous, ArticleLink? Next, IReadOnlyList<ArticleSummary> Related);

/// <summary>What a public slug leads to: an article, a redirect to its new slug, or nothing.</summary>
public sealed record ArticleLookup(ArticleDetail? Found, string? RedirectToSlug)
{
    public static readonly ArticleLookup NotFound = new(null, null);
}

/// <summary>A month of the archive and how many articles it holds.</summary>
public sealed record ArchiveMonth(int Year, int Month, int Count);

/// <summary>What a person's page shows of them.</summary>
public sealed record PersonPage(
    int Id, string FullName, string Slug, string? Position, string? Bio, DepartmentRef? Department, ImageRef? Photo)
{
    public PersonCard Card => new(Id, FullName, Slug, Position, Department?.Name, Department?.Slug, Photo);
}

/// <summary>What a department's page shows of it: its people in Vietnamese name order.</summary>
public sealed record DepartmentPage(
    int Id, string Name, string Slug, Recognition.DepartmentKind Kind, string? Description, IReadOnlyList<PersonCard> People);

/// <summary>What a movement's page shows of it.</summary>
public sealed record MovementPage(
    int Id, string Name, string Slug, string? Summary, DateOnly StartDate, DateOnly? EndDate, string? Goals, string? Criteria);
