using ThiDuaCms.Content.Accounts;

namespace ThiDuaCms.Content.Articles;

/// <summary>The publishing workflow: every allowed status change and who may make it, in one place.</summary>
public static class ArticleWorkflow
{
    /// <param name="OwnOnly">The role may make this move only on articles it wrote.</param>
    public sealed record Transition(ArticleStatus From, ArticleStatus To, string Role, string Action, bool OwnOnly = false);

    public static readonly IReadOnlyList<Transition> Transitions =
    [
        new(ArticleStatus.Draft, ArticleStatus.InReview, Roles.Author, "Gửi duyệt", OwnOnly: true),
        new(ArticleStatus.Draft, ArticleStatus.InReview, Roles.Editor, "Gửi duyệt"),
        new(ArticleStatus.InReview, ArticleStatus.Draft, Roles.Editor, "Trả lại bản nháp"),
        new(ArticleStatus.InReview, ArticleStatus.Published, Roles.Editor, "Xuất bản"),
        new(ArticleStatus.InReview, ArticleStatus.Scheduled, Roles.Editor, "Hẹn giờ xuất bản"),
        new(ArticleStatus.Scheduled, ArticleStatus.Published, Roles.Editor, "Xuất bản ngay"),
        new(ArticleStatus.Scheduled, ArticleStatus.Draft, Roles.Editor, "Hủy hẹn giờ"),
        new(ArticleStatus.Published, ArticleStatus.Archived, Roles.Editor, "Lưu trữ"),
        new(ArticleStatus.Archived, ArticleStatus.Published, Roles.Editor, "Xuất bản lại"),
    ];

    /// <summary>True when the workflow has this move at all, whoever makes it.</summary>
    public static bool CanMove(ArticleStatus from, ArticleStatus to) => Transitions.Any(t => t.From == from && t.To == to);

    /// <summary>The move as <paramref name="actor"/> may make it on an article they do or do not own, or null.</summary>
    public static Transition? Find(ArticleStatus from, ArticleStatus to, Actor actor, bool ownsArticle) =>
        Transitions.FirstOrDefault(t => t.From == from && t.To == to && actor.IsInRole(t.Role) && (!t.OwnOnly || ownsArticle));

    /// <summary>The moves <paramref name="actor"/> may make from <paramref name="from"/>, one per target status.</summary>
    public static IReadOnlyList<Transition> Available(ArticleStatus from, Actor actor, bool ownsArticle) =>
        Transitions.Where(t => t.From == from && actor.IsInRole(t.Role) && (!t.OwnOnly || ownsArticle))
            .DistinctBy(t => t.To).ToList();

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
