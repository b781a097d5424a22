using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Markdown;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Bench;

/// <summary>
/// Seeds a fresh SQLite database with 10,000 published articles, starts the real site in-process (Production,
/// TestServer) and times the column's page 50 and an article page, inside the server and at the client.
/// Run: <c>dotnet run -c Release --project bench/ThiDuaCms.Bench [-- --articles=10000 --warmup=30 --n=200 --profile --keep]</c>.
/// </summary>
internal static class BenchProgram
{
    private const double TargetMedianMs = 15;
    private const string ColumnPath = "/mo-hinh-sang-kien-kinh-nghiem";
    private const int ColumnPage = 50;
    private static readonly List<(string Url, double PerRequest)> QueryCounts = [];
    private static readonly List<(string Url, double FreshMicroseconds, double PreparedMicroseconds)> SqliteCosts = [];

    private static readonly string[] CountedTables =
    [
        "Articles", "Categories", "Tags", "ArticleTags", "People", "ArticlePeople", "Departments", "ArticleDepartments",
        "Movements", "ArticleMovements",
    ];

    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        // WebApplicationFactory finds the site's content root through MvcTestingAppManifest.json in the current
        // directory, as under a test runner; `dotnet run` starts in the caller's directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var articles = IntArg(args, "articles", 10_000);
        var warmup = IntArg(args, "warmup", 30);
        var n = IntArg(args, "n", 200);
        var profile = args.Contains("--profile");
        var keep = args.Contains("--keep");
        if (StringArg(args, "data-dir") is { } seedDirectory && args.Contains("--seed-only"))
        {
            // For bench/read-path.sh: seed a data directory for the Release site and print the URLs to load.
            var seeded = await SeedAsync(new ContentPaths(Path.GetFullPath(seedDirectory)), articles);
            SqliteConnection.ClearAllPools();
            Console.WriteLine($"ARTICLE_URL=/bai-viet/{seeded.ArticleSlug}");
            Console.WriteLine($"PERSON_URL=/ca-nhan/{seeded.PersonSlug}");
            return 0;
        }

        var dataDirectory = Path.Combine(Path.GetTempPath(), "thiduacms-bench", Guid.NewGuid().ToString("N"));
        Console.WriteLine($"ThiDuaCms bench — {Environment.ProcessorCount} cores, load average {LoadAverage()}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine($"Data directory: {dataDirectory}");
        try
        {
            var paths = new ContentPaths(dataDirectory);
            var expected = await SeedAsync(paths, articles);
            PrintRowCounts(paths.SqliteConnectionString);

            var timing = new ServerTiming();
            var profiler = new SqlProfiler();
            var handlers = new HandlerTiming();
            using var site = new BenchSite(paths.DataDirectory, timing, profile ? (profiler, handlers) : null);
            using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

            var columnUrl = $"{ColumnPath}?trang={ColumnPage}";
            var articleUrl = $"/bai-viet/{expected.ArticleSlug}";
            var columnCheck = ContentCheck(expected.ColumnTitles.Append($"trang {ColumnPage}/").ToArray(), expected.Years);
            var articleCheck = ContentCheck([expected.ArticleTitle, "Bài viết liên quan"]);

            Console.WriteLine();
            Console.WriteLine($"Load average before the timed runs: {LoadAverage()}");
            var column = await MeasureAsync(client, timing, columnUrl, columnCheck, warmup, n);
            var article = await MeasureAsync(client, timing, articleUrl, articleCheck, warmup, n);
            Console.WriteLine($"Load average after the timed runs:  {LoadAverage()}");

            PrintResults(warmup, n, [("Column page 50", columnUrl, column), ("Article page", articleUrl, article)]);

            if (profile)
            {
                profiler.Enabled = true;
                handlers.Enabled = true;
                await ProfileAsync(client, timing, profiler, handlers, paths.SqliteConnectionString, columnUrl, columnCheck);
                await ProfileAsync(client, timing, profiler, handlers, paths.SqliteConnectionString, articleUrl, articleCheck);
                await ProfileAsync(client, timing, profiler, handlers, paths.SqliteConnectionString, ColumnPath, ContentCheck(["trang 1/"]));
                await ProfileAsync(client, timing, profiler, handlers, paths.SqliteConnectionString, "/", ContentCheck(["Bài viết mới"]));
                await ProfileAsync(client, timing, profiler, handlers, paths.SqliteConnectionString, $"/ca-nhan/{expected.PersonSlug}", ContentCheck(["Bài viết về"]));
                Console.WriteLine();
                Console.WriteLine("SQL commands per request, by page:");
                foreach (var (url, perRequest) in QueryCounts)
                {
                    Console.WriteLine($"  {perRequest,5:F1}  {url}");
                }
                Console.WriteLine();
                Console.WriteLine("SQLite alone per request (µs, one thread): as run, each statement parsed and planned again | prepared once");
                foreach (var (url, fresh, prepared) in SqliteCosts)
                {
                    Console.WriteLine($"  {fresh,6:F0} | {prepared,6:F0}  {url}");
                }
            }
            return column.Server.Median < TargetMedianMs && article.Server.Median < TargetMedianMs ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (keep)
            {
                Console.WriteLine($"Kept {dataDirectory} (--keep)");
            }
            else
            {
                DeleteDataDirectory(dataDirectory);
            }
        }
    }

    private static void DeleteDataDirectory(string dataDirectory)
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
            Console.WriteLine($"Deleted {dataDirectory}");
        }
        catch (IOException ex)
        {
            Console.WriteLine($"Could not delete {dataDirectory}: {ex.Message}");
        }
    }

    /// <summary>What the timed pages must show, read straight from the database so an error page cannot pass.</summary>
    private sealed record Expected(
        IReadOnlyList<string> ColumnTitles, IReadOnlyList<int> Years, string ArticleSlug, string ArticleTitle, string PersonSlug);

    private static async Task<Expected> SeedAsync(ContentPaths paths, int count)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddContentCore(_ => paths.SqliteConnectionString);
        await using var provider = services.BuildServiceProvider();

        var total = Stopwatch.StartNew();
        await using (var scope = provider.CreateAsyncScope())
        {
            // Migrations and the demo content (categories, a department, a person, a movement, one article).
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoContent: true);
        }
        var demo = total.Elapsed;
        var bulk = Stopwatch.StartNew();
        var saveTime = TimeSpan.Zero;
        await using (var scope = provider.CreateAsyncScope())
        {
            var seeder = new BulkSeeder(
                scope.ServiceProvider.GetRequiredService<ContentDbContext>(),
                scope.ServiceProvider.GetRequiredService<MarkdownRenderer>());
            await seeder.SeedAsync(count);
            saveTime = seeder.SaveTime;
        }
        Console.WriteLine();
        Console.WriteLine($"Seeding: migrations + demo content {demo.TotalSeconds:F2} s, {count:N0} articles {bulk.Elapsed.TotalSeconds:F2} s"
            + $" (of which AddRange + SaveChanges {saveTime.TotalSeconds:F2} s), total {total.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine("  (one DbContext, AddRange + SaveChanges per 1,000, one transaction; BodyHtml rendered once per body template and filled per article)");

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            var visible = db.Articles.AsNoTracking().VisibleAt(DateTime.UtcNow);
            var pageSize = new ContentOptions().PageSize;
            var columnTitles = await visible
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
                .Skip((ColumnPage - 1) * pageSize).Take(pageSize)
                .Select(a => a.Title)
                .ToListAsync();
            var middle = await visible
                .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id)
                .Skip(await visible.CountAsync() / 2)
                .Select(a => new { a.Slug, a.Title })
                .FirstAsync();
            // The year filter's options, worked out here from every publish time in Vietnam time.
            var years = (await visible.Select(a => a.PublishedAt!.Value).ToListAsync())
                .Select(t => VietnamTime.ToLocal(t).Year).Distinct().Order().ToList();
            if (columnTitles.Count != pageSize)
            {
                throw new InvalidOperationException($"Page {ColumnPage} of the column would hold {columnTitles.Count} articles.");
            }
            // The person on the most articles: the heaviest person page.
            var personSlug = await db.People.AsNoTracking()
                .OrderByDescending(p => p.Articles.Count).ThenBy(p => p.Id)
                .Select(p => p.Slug)
                .FirstAsync();
            return new Expected(columnTitles, years, middle.Slug, middle.Title, personSlug);
        }
    }

    /// <summary>Checks a page shows every text in <paramref name="mustContain"/>, and exactly <paramref name="years"/> in its year filter when given.</summary>
    private static Func<string, string?> ContentCheck(string[] mustContain, IReadOnlyList<int>? years = null) => html =>
    {
        var text = WebUtility.HtmlDecode(html);
        var missing = mustContain.FirstOrDefault(s => !text.Contains(s, StringComparison.Ordinal));
        if (missing is not null)
        {
            return $"missing \"{missing}\"";
        }
        if (years is not null)
        {
            var shown = Enumerable.Range(1990, 60).Where(y => text.Contains($"<option value=\"{y}\"", StringComparison.Ordinal)).ToList();
            if (!shown.SequenceEqual(years))
            {
                return $"year filter shows {string.Join(", ", shown)}; expected {string.Join(", ", years)}";
            }
        }
        return null;
    };

    private sealed record Measurement(Stats Server, Stats Client);

    private static async Task<Measurement> MeasureAsync(
        HttpClient client, ServerTiming timing, string url, Func<string, string?> check, int warmup, int n)
    {
        for (var i = 0; i < warmup; i++)
        {
            await RequestAsync(client, timing, url, check);
        }
        var server = new List<double>(n);
        var clientSide = new List<double>(n);
        for (var i = 0; i < n; i++)
        {
            var (s, c) = await RequestAsync(client, timing, url, check);
            server.Add(s.TotalMilliseconds);
            clientSide.Add(c.TotalMilliseconds);
        }
        return new Measurement(new Stats(server), new Stats(clientSide));
    }

    private static async Task<(TimeSpan Server, TimeSpan Client)> RequestAsync(
        HttpClient client, ServerTiming timing, string url, Func<string, string?> check)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var clientElapsed = Stopwatch.GetElapsedTime(start);
        var sample = await timing.NextAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {response.StatusCode}");
        }
        if (check(html) is { } problem)
        {
            throw new InvalidOperationException($"GET {url}: {problem}");
        }
        if (sample.Target != url || sample.StatusCode != 200)
        {
            throw new InvalidOperationException($"GET {url}: the server recorded {sample.Target} ({sample.StatusCode})");
        }
        return (sample.Elapsed, clientElapsed);
    }

    private static void PrintResults(int warmup, int n, (string Name, string Url, Measurement M)[] pages)
    {
        Console.WriteLine();
        Console.WriteLine($"Sequential requests: {warmup} warm-up, then {n} timed per page. Times in ms.");
        Console.WriteLine($"{"Page",-16} {"measured",-9} {"median",8} {"p90",8} {"p99",8} {"max",8}   target (server median < {TargetMedianMs} ms)");
        foreach (var (name, _, m) in pages)
        {
            var verdict = m.Server.Median < TargetMedianMs ? "PASS" : "FAIL";
            Console.WriteLine($"{name,-16} {"server",-9} {m.Server.Median,8:F2} {m.Server.P90,8:F2} {m.Server.P99,8:F2} {m.Server.Max,8:F2}   {verdict}");
            Console.WriteLine($"{"",-16} {"client",-9} {m.Client.Median,8:F2} {m.Client.P90,8:F2} {m.Client.P99,8:F2} {m.Client.Max,8:F2}");
        }
        foreach (var (name, url, _) in pages)
        {
            Console.WriteLine($"  {name}: {url}");
        }
    }

    private static void PrintRowCounts(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var counts = CountedTables.Select(table =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            return $"{table} {Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture):N0}";
        });
        Console.WriteLine($"Rows: {string.Join(", ", counts)}");
        Console.WriteLine($"Database file: {new FileInfo(connection.DataSource).Length / 1024.0 / 1024.0:F1} MB (+ WAL)");
    }

    /// <summary>A few more requests with the SQL recorded: queries per request, their times and their query plans.</summary>
    private static async Task ProfileAsync(
        HttpClient client, ServerTiming timing, SqlProfiler profiler, HandlerTiming handlers, string connectionString, string url,
        Func<string, string?> check)
    {
        const int Requests = 20;
        profiler.Take();
        handlers.Take();
        var serverMs = new List<double>();
        for (var i = 0; i < Requests; i++)
        {
            serverMs.Add((await RequestAsync(client, timing, url, check)).Server.TotalMilliseconds);
        }
        var samples = profiler.Take();
        var handlerMs = handlers.Take().Select(h => h.TotalMilliseconds).ToList();
        Console.WriteLine();
        Console.WriteLine($"Profile of {url}, {Requests} requests with the profiler on (medians):");
        Console.WriteLine($"  server {new Stats(serverMs).Median:F2} ms, of which page handler (queries + their processing) {new Stats(handlerMs).Median:F2} ms;"
            + $" the rest is routing, rendering and writing the page");
        QueryCounts.Add((url, samples.Count / (double)Requests));
        Console.WriteLine($"  {samples.Count / (double)Requests:F1} SQL commands per request, {samples.Sum(s => s.Elapsed.TotalMilliseconds) / Requests:F2} ms per request in them (mean, rows read and materialized)");
        double freshPerRequest = 0, preparedPerRequest = 0;
        foreach (var group in samples.GroupBy(s => s.Sql).OrderByDescending(g => g.Sum(s => s.Elapsed.TotalMilliseconds)))
        {
            var times = new Stats(group.Select(s => s.Elapsed.TotalMilliseconds).ToList());
            var perRequest = group.Count() / (double)Requests;
            var (fresh, prepared) = SqlProfiler.MeasureStatement(connectionString, group.First(), 2000);
            freshPerRequest += fresh * perRequest;
            preparedPerRequest += prepared * perRequest;
            Console.WriteLine();
            Console.WriteLine($"-- {perRequest:F1}× per request, median {times.Median:F2} ms, max {times.Max:F2} ms;"
                + $" SQLite alone {fresh:F0} µs as run (parsed and planned each time), {prepared:F0} µs prepared once");
            Console.WriteLine(group.Key);
            foreach (var line in SqlProfiler.ExplainQueryPlan(connectionString, group.First()))
            {
                Console.WriteLine($"--   {line}");
            }
        }
        SqliteCosts.Add((url, freshPerRequest, preparedPerRequest));
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var prefix = $"--{name}=";
        var arg = args.FirstOrDefault(a => a.StartsWith(prefix, StringComparison.Ordinal));
        return arg is null ? fallback : int.Parse(arg[prefix.Length..], CultureInfo.InvariantCulture);
    }

    private static string? StringArg(string[] args, string name)
    {
        var prefix = $"--{name}=";
        return args.FirstOrDefault(a => a.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}

/// <summary>Median and tail of a set of times.</summary>
internal sealed class Stats(IReadOnlyCollection<double> values)
{
    private readonly double[] _sorted = values.Order().ToArray();

    public double Median => Percentile(0.5);
    public double P90 => Percentile(0.9);
    public double P99 => Percentile(0.99);
    public double Max => _sorted[^1];

    // Linear interpolation between the closest ranks.
    private double Percentile(double q)
    {
        var rank = q * (_sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, _sorted.Length - 1);
        return _sorted[low] + ((rank - low) * (_sorted[high] - _sorted[low]));
    }
}

/// <summary>The real site (Web's Program) on the seeded data directory, in Production, with the timing middleware.</summary>
internal sealed class BenchSite(string dataDirectory, ServerTiming timing, (SqlProfiler Sql, HandlerTiming Handlers)? profile)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:DataDirectory", dataDirectory);
        builder.UseSetting("Content:SeedDemoContent", "false");
        // Keep the console for the results; the site logs nothing per request at Information anyway.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(timing);
            if (profile is { } p)
            {
                services.ConfigureDbContext<ContentDbContext>(options => options.AddInterceptors(p.Sql));
                services.Configure<MvcOptions>(options => options.Filters.Add(p.Handlers));
            }
        });
    }
}
