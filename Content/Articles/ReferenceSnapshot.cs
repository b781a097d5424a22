using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;

namespace ThiDuaCms.Content.Articles;

/// <summary>
/// What every public page re-read per request before: categories, departments, movements, featured people, the
/// years and months that hold public articles and their counts. Immutable; replaced whole by
/// <see cref="ReferenceSnapshotStore"/> when the content changes (<see cref="RefreshSnapshotOnContentChange"/>).
/// </summary>
/// <remarks>
/// Counts are those at <see cref="BuiltAt"/>: a scheduled article joins them when the scheduled publisher raises
/// <see cref="ArticlePublished"/> at its due time.
/// </remarks>
public sealed record ReferenceSnapshot(
    IReadOnlyList<CategoryRef> Categories,
    IReadOnlyList<DepartmentRef> Departments,
    IReadOnlyList<MovementRef> Movements,
    IReadOnlyList<PersonCard> FeaturedPeople,
    IReadOnlyList<ArchiveMonth> ArchiveMonths,
    DateTime BuiltAt)
{
    /// <summary>Years with public articles, newest first (Vietnam time).</summary>
    public IReadOnlyList<int> Years { get; } = ArchiveMonths.Select(m => m.Year).Distinct().ToList();

    /// <summary>How many articles are public.</summary>
    public int VisibleCount { get; } = ArchiveMonths.Sum(m => m.Count);

    /// <summary>Movements running on <paramref name="today"/> (Vietnam date); when none is, the three that ended last.</summary>
    public IReadOnlyList<MovementRef> CurrentMovements(DateOnly today)
    {
        var running = Movements
            .Where(m => m.StartDate <= today && (m.EndDate == null || m.EndDate >= today))
            .OrderBy(m => m.StartDate)
            .ToList();
        return running.Count > 0
            ? running
            // As the database ordered them (SQLite puts nulls first in ascending order, so last in descending).
            : Movements.OrderByDescending(m => m.EndDate ?? DateOnly.MinValue).Take(3).ToList();
    }
}

/// <summary>
/// Holds the current <see cref="ReferenceSnapshot"/> of this instance (a singleton). Built on first use (pages never
/// wait on a timer), rebuilt by the change-log handler; readers always see one whole snapshot.
/// </summary>
public sealed class ReferenceSnapshotStore(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private const int FeaturedPeopleCount = 8;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile ReferenceSnapshot? _current;
    private long _generation;

    /// <summary>The change-log position the snapshot reflects, or null before it was built or told one.</summary>
    internal long? Position { get; set; }

    public ValueTask<ReferenceSnapshot> GetAsync(CancellationToken ct = default) =>
        _current is { } current ? ValueTask.FromResult(current) : new ValueTask<ReferenceSnapshot>(BuildCurrentAsync(ct));

    /// <summary>
    /// Drops the snapshot; the next reader builds it again from the database. Lazy rather than an immediate rebuild,
    /// so an event raised inside a writer's transaction (the seeder's) cannot leave a snapshot read before its commit.
    /// </summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _current = null;
    }

    /// <summary>Drops the snapshot and builds it again now.</summary>
    public async Task ReloadAsync(CancellationToken ct = default)
    {
        Invalidate();
        await GetAsync(ct);
    }

    public void Dispose() => _gate.Dispose();

    private async Task<ReferenceSnapshot> BuildCurrentAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } built)
            {
                return built;
            }
            var generation = Interlocked.Read(ref _generation);
            var snapshot = await BuildAsync(ct);
            // Invalidated while reading: serve this one to its caller, but keep nothing possibly stale. Stored first,
            // then checked, so an invalidation landing between the two cannot be overwritten.
            _current = snapshot;
            if (Interlocked.Read(ref _generation) != generation)
            {
                _current = null;
            }
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ReferenceSnapshot> BuildAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var categories = await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryRef(c.Id, c.Name, c.Slug, c.Description))
            .ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking()
            .OrderBy(d => d.Kind).ThenBy(d => d.SortOrder).ThenBy(d => d.Name)
            .Select(d => new DepartmentRef(d.Id, d.Name, d.Slug, d.Kind))
            .ToListAsync(ct);
        var movements = await db.Movements.AsNoTracking()
            .OrderBy(m => m.StartDate).ThenBy(m => m.Name)
            .Select(m => new MovementRef(m.Id, m.Name, m.Slug, m.Summary, m.StartDate, m.EndDate))
            .ToListAsync(ct);
        var featured = await db.People.AsNoTracking()
            .Where(p => p.IsFeatured)
            .OrderBy(p => p.SortKey)
            .Take(FeaturedPeopleCount)
            .Select(PersonCard.Projection)
            .ToListAsync(ct);
        // Year and month are stored in Vietnam time on the article (Article.RefreshPublicColumns).
        var months = await db.Articles.AsNoTracking()
            .VisibleAt(now)
            .GroupBy(a => new { Year = a.PublicYear!.Value, Month = a.PublicMonth!.Value })
            .Select(g => new ArchiveMonth(g.Key.Year, g.Key.Month, g.Count()))
            .ToListAsync(ct);
        return new ReferenceSnapshot(
            categories, departments, movements, featured,
            months.OrderByDescending(m => m.Year).ThenByDescending(m => m.Month).ToList(),
            now);
    }
}

/// <summary>
/// Keeps this instance's <see cref="ReferenceSnapshot"/> in step with the content: one signal (drop it; the next
/// reader rebuilds it) for any change that the public can see (or stops seeing). Per instance: its position lives in memory beside the snapshot, so a new
/// instance starts with none and the dispatcher asks it to rebuild.
/// </summary>
public sealed class RefreshSnapshotOnContentChange(ReferenceSnapshotStore store)
    : IDomainEventHandler<ArticlePublished>, IDomainEventHandler<ArticleWithdrawn>, IDomainEventHandler<ArticleSaved>,
        IDomainEventHandler<ReferenceDataChanged>, IDomainEventHandler<MediaUpdated>, IDomainEventHandler<MediaDeleted>,
        IPerInstanceHandler
{
    public Task HandleAsync(ArticlePublished domainEvent, CancellationToken cancellationToken) => Invalidate();

    public Task HandleAsync(ArticleWithdrawn domainEvent, CancellationToken cancellationToken) => Invalidate();

    // A draft saved changes nothing public; a public article edited may have moved in time or category.
    public Task HandleAsync(ArticleSaved domainEvent, CancellationToken cancellationToken) =>
        domainEvent.IsPublic ? Invalidate() : Task.CompletedTask;

    public Task HandleAsync(ReferenceDataChanged domainEvent, CancellationToken cancellationToken) => Invalidate();

    // The snapshot holds featured people's portraits.
    public Task HandleAsync(MediaUpdated domainEvent, CancellationToken cancellationToken) =>
        domainEvent.IsPublic ? Invalidate() : Task.CompletedTask;

    public Task HandleAsync(MediaDeleted domainEvent, CancellationToken cancellationToken) => Invalidate();

    private Task Invalidate()
    {
        store.Invalidate();
        return Task.CompletedTask;
    }

    public ValueTask<long?> LoadPositionAsync(CancellationToken cancellationToken) => ValueTask.FromResult(store.Position);

    public ValueTask SavePositionAsync(long position, CancellationToken cancellationToken)
    {
        store.Position = position;
        return ValueTask.CompletedTask;
    }

    public async Task RebuildAsync(long position, CancellationToken cancellationToken)
    {
        await store.ReloadAsync(cancellationToken);
        store.Position = position;
    }
}
