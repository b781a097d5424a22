using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content.Data;

namespace ThiDuaCms.Content.Events;

/// <summary>
/// Delivers change-log entries to the <see cref="IDomainEventHandler{TEvent}"/>s after they are committed, in log
/// order, each handler class being one subscriber with its own position. It catches up at start, then reads the log
/// when nudged by a local commit (<see cref="ChangeLogSignal"/>) or every poll interval (entries of other instances).
/// A failing subscriber is retried with a growing delay and holds back nobody else. Handlers get the dispatcher's
/// own stopping token, never a request's. Once-handlers lease their cursor row so one instance runs them at a time.
/// </summary>
public sealed class ChangeLogDispatcher(
    IServiceScopeFactory scopes, ChangeLogSignal signal, IOptions<ChangeLogOptions> options, ILogger<ChangeLogDispatcher> logger)
    : BackgroundService
{
    /// <summary>How long a once-handler's lease lasts; renewed with every batch.</summary>
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(1);

    // Delivery waits are about real time, never the content's clock: a test's frozen clock must not freeze delivery.
    private readonly TimeProvider _time = TimeProvider.System;
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private IReadOnlyList<Subscriber>? _subscribers;
    private TaskCompletionSource _progress = NewSource();
    private DateTimeOffset _nextPrune;

    private ChangeLogOptions Options => options.Value;

    /// <summary>
    /// Completes when every subscriber (or only <paramref name="handlerType"/>) has handled the log up to
    /// <paramref name="position"/>: lets tests wait for delivery without sleeping.
    /// </summary>
    public async Task WaitUntilDeliveredAsync(long position, Type? handlerType = null, CancellationToken ct = default)
    {
        while (true)
        {
            var progress = Volatile.Read(ref _progress).Task;
            if (_subscribers is { } subscribers
                && subscribers.Where(s => handlerType is null || s.HandlerType == handlerType).All(s => s.Position >= position))
            {
                return;
            }
            await progress.WaitAsync(ct);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    _subscribers ??= Discover();
                    Pulse();
                    await DeliverAsync(_subscribers, stoppingToken);
                    if (_time.GetUtcNow() >= _nextPrune)
                    {
                        await PruneAsync(_subscribers, stoppingToken);
                        _nextPrune = _time.GetUtcNow() + PruneInterval;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Reading the change log failed; retrying at the next poll.");
                }
                await signal.WaitAsync(NextWait(), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever was not delivered is delivered at the next start.
        }
    }

    /// <summary>Every handler class registered for an event of the content core is one subscriber.</summary>
    private List<Subscriber> Discover()
    {
        using var scope = scopes.CreateScope();
        return DomainEventTypes.All
            .Select(EventInvoker.For)
            .SelectMany(invoker => invoker.Handlers(scope.ServiceProvider).Select(h => (HandlerType: h.GetType(), Invoker: invoker)))
            .GroupBy(h => h.HandlerType)
            .Select(g => new Subscriber(g.Key, g.DistinctBy(h => h.Invoker.EventType).ToDictionary(h => h.Invoker.EventType.Name, h => h.Invoker)))
            .ToList();
    }

    private async Task DeliverAsync(IReadOnlyList<Subscriber> subscribers, CancellationToken ct)
    {
        foreach (var subscriber in subscribers.Where(s => s.RetryAt <= _time.GetUtcNow()))
        {
            try
            {
                while (await DeliverBatchAsync(subscriber, ct))
                {
                }
                subscriber.Failures = 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                subscriber.Failures++;
                var delay = TimeSpan.FromTicks(Math.Min(
                    Options.MaxRetryDelay.Ticks, Options.RetryDelay.Ticks * (1L << Math.Min(subscriber.Failures - 1, 30))));
                subscriber.RetryAt = _time.GetUtcNow() + delay;
                logger.LogError(ex, "Change-log handler {Handler} failed after position {Position} (attempt {Attempt}); retrying in {Delay}.",
                    subscriber.Name, subscriber.Position, subscriber.Failures, delay);
            }
        }
    }

    /// <summary>Delivers the next batch to one subscriber in a fresh scope; true when there may be more.</summary>
    private async Task<bool> DeliverBatchAsync(Subscriber subscriber, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var handler = subscriber.Invokers.Values.First().Handlers(scope.ServiceProvider).First(h => h.GetType() == subscriber.HandlerType);
        var perInstance = handler as IPerInstanceHandler;
        long position;
        if (perInstance is not null)
        {
            position = await PerInstancePositionAsync(perInstance, subscriber.Position >= 0 ? subscriber.Position : null, db, ct);
        }
        else if (subscriber.Position >= 0 && !await db.ChangeLog.AnyAsync(e => e.Id > subscriber.Position, ct))
        {
            return false; // Nothing new: no lease taken, so an idle poll writes nothing.
        }
        else if (await LeaseAsync(subscriber, db, ct) is { } leased)
        {
            position = leased;
        }
        else
        {
            return false; // Another instance runs this once-handler now.
        }
        SetPosition(subscriber, position);

        var entries = await db.ChangeLog.AsNoTracking().Where(e => e.Id > position).OrderBy(e => e.Id).Take(Options.BatchSize).ToListAsync(ct);
        if (entries.Count == 0)
        {
            return false;
        }
        var reached = position;
        Exception? failure = null;
        foreach (var entry in entries)
        {
            try
            {
                if (subscriber.Invokers.TryGetValue(entry.EventType, out var invoker) && DomainEventTypes.Deserialize(entry) is { } domainEvent)
                {
                    var typedHandler = invoker.Handlers(scope.ServiceProvider).First(h => h.GetType() == subscriber.HandlerType);
                    await invoker.InvokeAsync(typedHandler, domainEvent, ct);
                }
                reached = entry.Id;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failure = ex;
                break;
            }
        }
        if (reached > position)
        {
            if (perInstance is not null)
            {
                await perInstance.SavePositionAsync(reached, ct);
            }
            else
            {
                await db.ChangeLogCursors.Where(c => c.Subscriber == subscriber.Name)
                    .ExecuteUpdateAsync(c => c.SetProperty(x => x.Position, reached), ct);
            }
            SetPosition(subscriber, reached);
        }
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        return entries.Count == Options.BatchSize;
    }

    /// <summary>
    /// A per-instance handler's position (loaded from the handler the first time), rebuilding its data first when
    /// it has none or fell behind the pruned tail (e.g. it kept failing for long).
    /// </summary>
    private static async Task<long> PerInstancePositionAsync(IPerInstanceHandler handler, long? known, ContentDbContext db, CancellationToken ct)
    {
        var position = known ?? await handler.LoadPositionAsync(ct);
        var oldest = await db.ChangeLog.MinAsync(e => (long?)e.Id, ct);
        if (position is { } current && (oldest is null || current >= oldest.Value - 1))
        {
            return current;
        }
        // Read the end of the log before rebuilding, so the rebuilt data reflects at least every entry up to it.
        var last = await db.ChangeLog.MaxAsync(e => (long?)e.Id, ct) ?? 0;
        await handler.RebuildAsync(last, ct);
        await handler.SavePositionAsync(last, ct);
        return last;
    }

    /// <summary>
    /// Takes (or renews) this instance's lease on a once-handler's cursor and returns its position, or null when
    /// another instance holds it. A new once-handler starts at the beginning of the retained log.
    /// </summary>
    private async Task<long?> LeaseAsync(Subscriber subscriber, ContentDbContext db, CancellationToken ct)
    {
        if (!await db.ChangeLogCursors.AnyAsync(c => c.Subscriber == subscriber.Name, ct))
        {
            db.ChangeLogCursors.Add(new ChangeLogCursor { Subscriber = subscriber.Name });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another instance added it meanwhile: lease it like any other.
            }
            db.ChangeTracker.Clear();
        }
        var now = _time.GetUtcNow().UtcDateTime;
        var until = now + LeaseDuration;
        var leased = await db.ChangeLogCursors
            .Where(c => c.Subscriber == subscriber.Name && (c.LeasedBy == null || c.LeasedBy == _instance || c.LeasedUntil < now))
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.LeasedBy, _instance).SetProperty(x => x.LeasedUntil, until), ct);
        return leased == 0 ? null
            : await db.ChangeLogCursors.Where(c => c.Subscriber == subscriber.Name).Select(c => c.Position).FirstAsync(ct);
    }

    /// <summary>Prunes now rather than at the next minute (tests).</summary>
    internal Task PruneNowAsync(CancellationToken ct = default) => PruneAsync(_subscribers ?? [], ct);

    /// <summary>Removes entries every once-handler has handled, keeping the newest <see cref="ChangeLogOptions.RetainedEntries"/>.</summary>
    private async Task PruneAsync(IReadOnlyList<Subscriber> subscribers, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var last = await db.ChangeLog.MaxAsync(e => (long?)e.Id, ct) ?? 0;
        var keepFrom = last - Options.RetainedEntries + 1;
        var abandonedBefore = _time.GetUtcNow().UtcDateTime - Options.AbandonedCursorAfter;
        var abandoned = await db.ChangeLogCursors.Where(c => c.LeasedUntil < abandonedBefore).Select(c => c.Subscriber).ToListAsync(ct);
        if (abandoned.Count > 0)
        {
            logger.LogWarning("Change-log cursors not leased since before {Time:u} no longer hold back pruning: {Subscribers}.",
                abandonedBefore, string.Join(", ", abandoned));
        }
        if (await db.ChangeLogCursors.Where(c => c.LeasedUntil == null || c.LeasedUntil >= abandonedBefore)
                .MinAsync(c => (long?)c.Position, ct) is { } slowest)
        {
            keepFrom = Math.Min(keepFrom, slowest + 1);
        }
        // A once-handler of this instance that has not saved a cursor yet still needs everything retained.
        if (subscribers.Any(s => !s.IsPerInstance && s.Position < 0))
        {
            return;
        }
        if (keepFrom > 1)
        {
            var pruned = await db.ChangeLog.Where(e => e.Id < keepFrom).ExecuteDeleteAsync(ct);
            if (pruned > 0)
            {
                logger.LogInformation("Pruned {Count} change-log entries before position {Position}.", pruned, keepFrom);
            }
        }
    }

    private TimeSpan NextWait()
    {
        var wait = Options.PollInterval;
        foreach (var subscriber in _subscribers ?? [])
        {
            var untilRetry = subscriber.RetryAt - _time.GetUtcNow();
            if (subscriber.Failures > 0 && untilRetry < wait)
            {
                wait = untilRetry;
            }
        }
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private void SetPosition(Subscriber subscriber, long position)
    {
        if (subscriber.Position != position)
        {
            subscriber.Position = position;
            Pulse();
        }
    }

    private void Pulse() => Interlocked.Exchange(ref _progress, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Subscriber(Type handlerType, IReadOnlyDictionary<string, EventInvoker> invokers)
    {
        private long _position = -1;

        public Type HandlerType { get; } = handlerType;
        public string Name { get; } = handlerType.FullName ?? handlerType.Name;
        public IReadOnlyDictionary<string, EventInvoker> Invokers { get; } = invokers;
        public bool IsPerInstance { get; } = typeof(IPerInstanceHandler).IsAssignableFrom(handlerType);

        /// <summary>The last entry handled, -1 until known. Read by waiting tests on other threads.</summary>
        public long Position
        {
            get => Interlocked.Read(ref _position);
            set => Interlocked.Exchange(ref _position, value);
        }

        public int Failures { get; set; }
        public DateTimeOffset RetryAt { get; set; }
    }

    /// <summary>Resolves and calls the handlers of one event type without reflection per call.</summary>
    private abstract class EventInvoker
    {
        public abstract Type EventType { get; }

        public static EventInvoker For(Type eventType) =>
            (EventInvoker)Activator.CreateInstance(typeof(EventInvoker<>).MakeGenericType(eventType))!;

        public abstract IEnumerable<object> Handlers(IServiceProvider services);

        public abstract Task InvokeAsync(object handler, IDomainEvent domainEvent, CancellationToken ct);
    }

    private sealed class EventInvoker<TEvent> : EventInvoker where TEvent : IDomainEvent
    {
        public override Type EventType => typeof(TEvent);

        public override IEnumerable<object> Handlers(IServiceProvider services) => services.GetServices<IDomainEventHandler<TEvent>>();

        public override Task InvokeAsync(object handler, IDomainEvent domainEvent, CancellationToken ct) =>
            ((IDomainEventHandler<TEvent>)handler).HandleAsync((TEvent)domainEvent, ct);
    }
}
