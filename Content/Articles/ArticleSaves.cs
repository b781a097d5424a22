using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Data;

namespace ThiDuaCms.Content.Articles;

/// <summary>How the article services save: a stale version or a slug or tag taken meanwhile becomes a result, never a 500.</summary>
internal static class ArticleSaves
{
    public const string ConflictMessage =
        "Bài viết đã được người khác lưu sau khi bạn mở. Bản của bạn chưa được lưu: hãy so sánh hai bản dưới đây, chỉnh lại rồi lưu lần nữa.";

    public const string TakenMeanwhileMessage =
        "Đường dẫn hoặc thẻ của bài viết vừa được người khác tạo cùng lúc. Bài của bạn chưa được lưu: vui lòng bấm lưu lần nữa.";

    /// <summary>
    /// Saves; when someone else saved the article meanwhile, nothing is written and the stored version comes back;
    /// when a unique slug or tag was taken meanwhile, nothing is written and the editor is asked to save again (the
    /// next attempt sees the other's row and picks another slug or reuses the tag).
    /// </summary>
    public static async Task<OperationResult<Article>?> SaveOrConflictAsync(
        ContentDbContext db, Func<Task<Article?>> reload, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return OperationResult<Article>.Conflict((await reload())!, ConflictMessage);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return OperationResult<Article>.Fail(TakenMeanwhileMessage, nameof(ArticleInput.Slug));
        }
    }

    /// <summary>A unique index refused the row: SQLite's SQLITE_CONSTRAINT_UNIQUE or PRIMARYKEY, or SQL state 23505 (PostgreSQL).</summary>
    public static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 }
        || ex.InnerException is System.Data.Common.DbException { SqlState: "23505" };
}
