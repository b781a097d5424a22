using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;

namespace ThiDuaCms.Content.Recognition;

/// <summary>What the recognition services share: who may write, and how a write is saved.</summary>
internal static class RecognitionWrites
{
    public const string Forbidden = "Bạn không có quyền sửa dữ liệu thi đua, khen thưởng.";

    public const string ChangedMeanwhile = "Dữ liệu vừa được người khác thay đổi cùng lúc. Chưa có gì được lưu: vui lòng thử lại.";

    /// <summary>The recognition clerk and the administrator keep the recognition records.</summary>
    public static bool MayWrite(Actor actor) => actor.IsInRole(Roles.RecognitionClerk) || actor.IsInRole(Roles.Administrator);

    /// <summary>
    /// Saves the staged change, then <paramref name="afterIds"/> stages what needs the new ids (the audit entry, the
    /// event), all in one transaction (the caller's, if it has one): they exist exactly when the change does.
    /// Returns false when a unique index refused the change (a name taken meanwhile); nothing is then written.
    /// </summary>
    public static async Task<bool> SaveAsync(ContentDbContext db, Action afterIds, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using (transaction)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                afterIds();
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ArticleSaves.IsUniqueViolation(ex))
            {
                db.ChangeTracker.Clear();
                return false;
            }
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
        return true;
    }
}
