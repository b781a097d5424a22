using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;

namespace ThiDuaCms.Content.Tests.Support;

/// <summary>
/// The content core wired as a host would wire it, on a real SQLite file in its own temporary folder,
/// migrated (and optionally seeded) through <see cref="DatabaseInitializer"/>, with a clock the test controls.
/// </summary>
internal sealed class TempContentDatabase : IAsyncDisposable
{
    /// <summary>20/11/2026 10:00 Vietnam time, the same "now" as the web tests.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private TempContentDatabase(string directory, ServiceProvider services, FakeTimeProvider clock)
    {
        Directory = directory;
        _services = services;
        Clock = clock;
    }

    public string Directory { get; }
    public string DatabaseFile => Path.Combine(Directory, "thiduacms.db");
    public string ConnectionString => $"Data Source={DatabaseFile}";
    public FakeTimeProvider Clock { get; }
    public DateTime NowUtc => Clock.GetUtcNow().UtcDateTime;

    /// <param name="configure">Extra registrations (e.g. event handlers), added before the content core.</param>
    public static async Task<TempContentDatabase> CreateAsync(bool seedDemoContent = false, Action<IServiceCollection>? configure = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "thiduacms-content-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var clock = new FakeTimeProvider(DefaultNow);
        var connectionString = $"Data Source={Path.Combine(directory, "thiduacms.db")}";

        var services = new ServiceCollection();
        services.AddLogging();
        // Before AddContentCore, which only adds the system clock when none is registered.
        services.AddSingleton<TimeProvider>(clock);
        // A failing test handler is retried within milliseconds, not seconds.
        services.Configure<ChangeLogOptions>(o => (o.RetryDelay, o.MaxRetryDelay) = (TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(100)));
        configure?.Invoke(services);
        services.AddContentCore(_ => connectionString);

        var database = new TempContentDatabase(directory, services.BuildServiceProvider(validateScopes: true), clock);
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoContent);
        return database;
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public ChangeLogDispatcher Dispatcher => _services.GetRequiredService<ChangeLogDispatcher>();

    /// <summary>The background publisher of scheduled articles; a test starts and stops it itself.</summary>
    public ScheduledPublisher Publisher => _services.GetRequiredService<ScheduledPublisher>();

    /// <summary>Starts delivering the change log to the registered handlers, as the host does; stopped on dispose.</summary>
    public async Task StartDispatcherAsync()
    {
        await Dispatcher.StartAsync(CancellationToken.None);
        _dispatching = true;
    }

    /// <summary>Waits until every handler (or only <paramref name="handlerType"/>) has handled everything committed so far.</summary>
    public async Task DeliveredAsync(Type? handlerType = null)
    {
        long last;
        await using (var scope = Scope())
        {
            last = await scope.ServiceProvider.GetRequiredService<ChangeLog>().LastPositionAsync();
        }
        await Dispatcher.WaitUntilDeliveredAsync(last, handlerType).WaitAsync(TimeSpan.FromSeconds(20));
    }

    /// <summary>Every event in the change log, oldest first.</summary>
    public async Task<List<IDomainEvent>> ChangeLogAsync()
    {
        await using var scope = Scope();
        var entries = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().ChangeLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        return entries.Select(e => DomainEventTypes.Deserialize(e)!).ToList();
    }

    private bool _dispatching;

    /// <summary>The root provider, for singletons (the reference snapshot and its handler).</summary>
    public IServiceProvider Services => _services;

    /// <summary>Adds a category directly, for tests that need one without the demo content.</summary>
    public async Task<Category> AddCategoryAsync(string name = "Mô hình", string slug = "mo-hinh")
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var category = new Category { Name = name, Slug = slug };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return category;
    }

    /// <summary>Reads the stored article through a fresh context, so nothing comes from a change tracker.</summary>
    public async Task<Article?> ReadArticleAsync(int id)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles
            .AsNoTracking().Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        if (_dispatching)
        {
            await Dispatcher.StopAsync(CancellationToken.None);
        }
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
