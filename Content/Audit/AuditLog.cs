using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Data;

namespace ThiDuaCms.Content.Audit;

/// <summary>Adds audit entries to the caller's unit of work, and lists them for administrators.</summary>
public sealed class AuditLog(ContentDbContext db, TimeProvider clock)
{
    /// <summary>Stages an entry; it is saved by the caller's <c>SaveChangesAsync</c>, so it exists exactly when the change does.</summary>
    public void Record(Actor actor, string action, string entityType, int entityId, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = details,
        });

    public async Task<PagedList<AuditEntry>> ListAsync(int page, int pageSize, string? entityType = null, int? entityId = null, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (entityType is not null)
        {
            query = query.Where(e => e.EntityType == entityType);
        }
        if (entityId is not null)
        {
            query = query.Where(e => e.EntityId == entityId);
        }
        var total = await query.CountAsync(ct);
        page = Math.Max(1, page);
        var items = await query.OrderByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<AuditEntry>(items, page, pageSize, total);
    }
}
