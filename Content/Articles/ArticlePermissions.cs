using ThiDuaCms.Content.Accounts;

namespace ThiDuaCms.Content.Articles;

/// <summary>Who may see and edit an article in the back office (the workflow's moves are in <see cref="ArticleWorkflow"/>).</summary>
public static class ArticlePermissions
{
    /// <summary>Editors see every article in the back office; an author sees only their own.</summary>
    public static bool CanView(Article article, Actor actor) => actor.IsInRole(Roles.Editor) || Owns(article, actor);

    /// <summary>Null when <paramref name="actor"/> may edit the article, otherwise why not.</summary>
    public static string? CanEdit(Article article, Actor actor) =>
        actor.IsInRole(Roles.Editor) ? null
        : !actor.IsInRole(Roles.Author) ? "Bạn không có quyền sửa bài viết."
        : !Owns(article, actor) ? "Tác giả chỉ được sửa bài viết của mình."
        : article.Status != ArticleStatus.Draft ? "Tác giả chỉ được sửa bài ở trạng thái bản nháp."
        : null;

    public static bool Owns(Article article, Actor actor) => actor.UserId is not null && article.AuthorId == actor.UserId;
}
