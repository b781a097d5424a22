using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Content.Media;

public enum MediaUsageKind
{
    /// <summary>The article's cover image.</summary>
    ArticleCover,
    /// <summary>Linked from the article's Markdown body by its URL.</summary>
    ArticleBody,
    /// <summary>A person's portrait on their public profile.</summary>
    PersonPhoto,
}

/// <summary>One place an image is used.</summary>
public sealed record MediaUsage(MediaUsageKind Kind, int Id, string Title, string Slug, ArticleStatus? Status)
{
    /// <summary>
    /// A published or scheduled article, or a profile (always public): deleting the image would break a page the
    /// public sees or is about to see.
    /// </summary>
    public bool BlocksDeletion => Kind == MediaUsageKind.PersonPhoto || Status is ArticleStatus.Published or ArticleStatus.Scheduled;

    /// <summary>"bài viết “…” (Đã xuất bản, ảnh bìa)" or "hồ sơ “…”".</summary>
    public string Describe() => Kind switch
    {
        MediaUsageKind.PersonPhoto => $"hồ sơ “{Title}”",
        MediaUsageKind.ArticleCover => $"bài viết “{Title}” ({ArticleWorkflow.DisplayName(Status!.Value)}, ảnh bìa)",
        _ => $"bài viết “{Title}” ({ArticleWorkflow.DisplayName(Status!.Value)}, trong nội dung)",
    };
}

/// <summary>What the library list and search ask for.</summary>
public sealed record MediaQuery
{
    /// <summary>Words to find in the alt text, title or original file name; diacritics optional.</summary>
    public string? Text { get; init; }

    /// <summary>Only images that have alt text, i.e. that may be used (the cover picker asks for this).</summary>
    public bool UsableOnly { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 24;
}
