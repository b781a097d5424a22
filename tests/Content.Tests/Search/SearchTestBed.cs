using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Search;
using ThiDuaCms.Content.Tests.Support;

namespace ThiDuaCms.Content.Tests.Search;

/// <summary>
/// The content core with the search index wired as the host wires it: a real SQLite file, a real index folder in
/// its own data directory, the dispatcher delivering the change log to the index handler.
/// </summary>
internal sealed class SearchTestBed : IAsyncDisposable
{
    private SearchTestBed(TempContentDatabase database, ContentPaths paths, Category category)
    {
        Database = database;
        Paths = paths;
        Category = category;
    }

    public TempContentDatabase Database { get; }
    public ContentPaths Paths { get; }
    public Category Category { get; }
    public SearchIndex Index => Database.Services.GetRequiredService<SearchIndex>();
    public SiteSearch Search => Database.Services.GetRequiredService<SiteSearch>();

    public static async Task<SearchTestBed> CreateAsync()
    {
        var paths = new ContentPaths(Path.Combine(Path.GetTempPath(), "thiduacms-content-tests", "search-" + Guid.NewGuid().ToString("N")));
        var database = await TempContentDatabase.CreateAsync(configure: services =>
        {
            services.AddSingleton(paths);
            services.AddContentSearch();
        });
        var category = await database.AddCategoryAsync();
        await database.StartDispatcherAsync();
        var bed = new SearchTestBed(database, paths, category);
        // The first delivery builds the index from the (empty) database: done before any article, so every test
        // starts from the same index rather than one racing the rebuild.
        await bed.IndexedAsync();
        return bed;
    }

    /// <summary>An article written and published an hour ago through the real services.</summary>
    public Task<Article> PublishAsync(string title, string? summary = null, string body = "Nội dung bài viết.", params string[] tags) =>
        Database.ArrangeAsync(Category.Input(title, body) with { Summary = summary, Tags = tags }, ArticleStatus.Published);

    /// <summary>Waits until the index handler has applied everything committed so far.</summary>
    public Task IndexedAsync() => Database.DeliveredAsync(typeof(UpdateSearchIndexOnContentChange));

    /// <summary>The titles found for <paramref name="query"/>, best first.</summary>
    public List<string> Titles(string? query) => Titles(Search, query);

    public static List<string> Titles(SiteSearch search, string? query)
    {
        var results = search.Search(query, 1, 50);
        Assert.NotEqual(SearchState.Unavailable, results.State);
        return results.Hits.Items.Select(h => h.Title).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        try
        {
            Directory.Delete(Paths.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>
/// A second start of the content core over the same database file and data directory, as after a restart of the
/// process: its own dispatcher, index and handler, nothing shared in memory with the first.
/// </summary>
internal sealed class RestartedInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private RestartedInstance(ServiceProvider services) => _services = services;

    public SiteSearch Search => _services.GetRequiredService<SiteSearch>();
    public SearchIndex Index => _services.GetRequiredService<SearchIndex>();

    public static async Task<RestartedInstance> StartAsync(SearchTestBed bed)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(bed.Database.Clock);
        services.AddSingleton(bed.Paths);
        services.AddContentSearch();
        services.AddContentCore(_ => bed.Database.ConnectionString);
        var instance = new RestartedInstance(services.BuildServiceProvider(validateScopes: true));
        var dispatcher = instance._services.GetRequiredService<ChangeLogDispatcher>();
        await dispatcher.StartAsync(CancellationToken.None);
        long last;
        await using (var scope = instance._services.CreateAsyncScope())
        {
            last = await scope.ServiceProvider.GetRequiredService<ChangeLog>().LastPositionAsync();
        }
        await dispatcher.WaitUntilDeliveredAsync(last, typeof(UpdateSearchIndexOnContentChange)).WaitAsync(TimeSpan.FromSeconds(20));
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<ChangeLogDispatcher>().StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
