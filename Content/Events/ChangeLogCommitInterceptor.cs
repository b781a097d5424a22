using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThiDuaCms.Content.Events;

/// <summary>
/// Nudges the dispatcher once change-log entries are committed: after a save that wrote some outside a transaction,
/// and after every commit of an explicit transaction (cheap: the dispatcher reads the log and may find nothing).
/// </summary>
internal sealed class ChangeLogCommitInterceptor(ChangeLogSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Nudge();
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Nudge();

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NudgeIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NudgeIfCommitted(eventData.Context);
        return result;
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _writingEntries = [];

    private void Remember(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<ChangeLogEntry>().Any(e => e.State == EntityState.Added))
        {
            _writingEntries.AddOrUpdate(context, this);
        }
    }

    private void NudgeIfCommitted(DbContext? context)
    {
        // Inside an explicit transaction the entries are not visible yet: the commit nudges instead.
        if (context is not null && _writingEntries.Remove(context) && context.Database.CurrentTransaction is null)
        {
            signal.Nudge();
        }
    }
}
