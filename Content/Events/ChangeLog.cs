using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Data;

namespace ThiDuaCms.Content.Events;

/// <summary>
/// Appends events to the change log in the caller's unit of work: the entry is saved by the caller's
/// <c>SaveChangesAsync</c> (inside its transaction, if any), so it exists exactly when the change does and is never
/// delivered for a change that was rolled back.
/// </summary>
public sealed class ChangeLog(ContentDbContext db, TimeProvider clock)
{
    public void Append(IDomainEvent domainEvent) =>
        db.ChangeLog.Add(new ChangeLogEntry
        {
            EventType = DomainEventTypes.NameOf(domainEvent),
            Payload = DomainEventTypes.Serialize(domainEvent),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });

    /// <summary>The position of the newest committed entry, 0 when the log is empty.</summary>
    public async Task<long> LastPositionAsync(CancellationToken ct = default) =>
        await db.ChangeLog.MaxAsync(e => (long?)e.Id, ct) ?? 0;
}
