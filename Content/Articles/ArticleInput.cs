namespace ThiDuaCms.Content.Articles;

/// <summary>What an editor fills in for an article; the service normalizes and validates it.</summary>
public sealed record ArticleInput
{
    public required string Title { get; init; }
    /// <summary>Empty to generate from the title.</summary>
    public string? Slug { get; init; }
    public string? Summary { get; init; }
    public string BodyMarkdown { get; init; } = "";
    public required int CategoryId { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string AuthorName { get; init; } = "";
    public int? CoverImageId { get; init; }
    public string? SeoTitle { get; init; }
    public string? SeoDescription { get; init; }
    public bool IsFeatured { get; init; }
    public IReadOnlyList<int> PersonIds { get; init; } = [];
    public IReadOnlyList<int> DepartmentIds { get; init; } = [];
    public IReadOnlyList<int> MovementIds { get; init; } = [];
    public IReadOnlyList<int> InitiativeIds { get; init; } = [];
}
