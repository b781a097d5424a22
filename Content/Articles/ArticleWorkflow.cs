namespace ThiDuaCms.Content.Articles;

/// <summary>The publishing workflow: every allowed status change, in one place.</summary>
public static class ArticleWorkflow
{
    private static readonly HashSet<(ArticleStatus From, ArticleStatus To)> Allowed =
    [
        (ArticleStatus.Draft, ArticleStatus.InReview),
        (ArticleStatus.InReview, ArticleStatus.Draft),
        (ArticleStatus.InReview, ArticleStatus.Published),
        (ArticleStatus.InReview, ArticleStatus.Scheduled),
        (ArticleStatus.Scheduled, ArticleStatus.Published),
        (ArticleStatus.Scheduled, ArticleStatus.Draft),
        (ArticleStatus.Published, ArticleStatus.Archived),
        (ArticleStatus.Archived, ArticleStatus.Published),
    ];

    public static bool CanMove(ArticleStatus from, ArticleStatus to) => Allowed.Contains((from, to));

    public static IEnumerable<ArticleStatus> NextStatuses(ArticleStatus from) =>
        Allowed.Where(t => t.From == from).Select(t => t.To);

    public static string DisplayName(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "Bản nháp",
        ArticleStatus.InReview => "Chờ duyệt",
        ArticleStatus.Scheduled => "Đã hẹn giờ",
        ArticleStatus.Published => "Đã xuất bản",
        ArticleStatus.Archived => "Lưu trữ",
        _ => status.ToString(),
    };
}
