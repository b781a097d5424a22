namespace ThiDuaCms.Content.Events;

/// <summary>
/// Something that happened to the content. A write service appends it to the change log in the transaction of the
/// change; handlers receive it after the commit, in log order, possibly more than once (they must be idempotent).
/// </summary>
public interface IDomainEvent
{
    /// <summary>Whether the item is publicly visible after the change.</summary>
    bool IsPublic { get; }
}

/// <summary>
/// Reacts to one kind of event (replace a snapshot, update an index, evict cache). One class per effect; a class
/// handling several kinds is one subscriber with one position in the log. By default a handler runs once across
/// all instances (its position is kept in the database); implement <see cref="IPerInstanceHandler"/> for derived
/// data each instance keeps for itself.
/// </summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>
/// A handler of derived data that every running instance keeps for itself (the in-memory snapshot, a local search
/// index). It keeps its applied position beside its own data; when it has none, or it fell behind the pruned tail
/// of the log, the dispatcher asks it to rebuild from the database.
/// </summary>
public interface IPerInstanceHandler
{
    /// <summary>The last change-log position reflected in this instance's data, or null when it has none.</summary>
    ValueTask<long?> LoadPositionAsync(CancellationToken cancellationToken);

    /// <summary>Called after a batch of entries up to <paramref name="position"/> was handled.</summary>
    ValueTask SavePositionAsync(long position, CancellationToken cancellationToken);

    /// <summary>Rebuilds everything from the database, which reflects at least every entry up to <paramref name="position"/>.</summary>
    Task RebuildAsync(long position, CancellationToken cancellationToken);
}
