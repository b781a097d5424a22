using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ThiDuaCms.Tests;

/// <summary>
/// The real site over the real HTTP pipeline, on its own temporary data directory (a real SQLite file)
/// seeded with the demo content, with a clock the test controls.
/// </summary>
public class TestSite : WebApplicationFactory<Program>
{
    /// <summary>20/11/2026 10:00 Vietnam time: after every demo article.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    /// <summary>The site's data directory; two sites may share one (a restart, a second instance).</summary>
    public string DataDirectory { get; init; } =
        Path.Combine(Path.GetTempPath(), "thiduacms-tests", Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Configuration on top of appsettings, e.g. <c>["SignIn:MaxFailuresPerWindow"] = "3"</c>. Sign-in throttling is
    /// relaxed by default: most tests share one client address and fail on purpose.
    /// </summary>
    public Dictionary<string, string> Settings { get; } = new() { ["SignIn:MaxFailuresPerWindow"] = "10000" };

    public FakeTimeProvider Clock { get; } = new(DefaultNow);

    public string EnvironmentName { get; init; } = "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Content:DataDirectory", DataDirectory);
        builder.UseSetting("Content:SeedDemoContent", "true");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>
    /// The seeded database of each environment, made once per test run by a first site starting on an empty folder
    /// (migrations, demo content, demo accounts in Development), then copied into every next site's folder before it
    /// starts: each site still owns its data, without paying for seeding again.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Lazy<string>> SeededDatabases = new();

    private bool _makesSeededDatabase;
    private bool _keepDataDirectory;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (!_makesSeededDatabase)
        {
            var seeded = SeededDatabases.GetOrAdd(EnvironmentName, environment => new Lazy<string>(() => MakeSeededDatabase(environment))).Value;
            Directory.CreateDirectory(DataDirectory);
            if (!File.Exists(Path.Combine(DataDirectory, DatabaseFileName)))
            {
                File.Copy(seeded, Path.Combine(DataDirectory, DatabaseFileName));
            }
        }
        return base.CreateHost(builder);
    }

    private const string DatabaseFileName = "thiduacms.db";

    private static string MakeSeededDatabase(string environmentName)
    {
        var maker = new TestSite { EnvironmentName = environmentName, _makesSeededDatabase = true, _keepDataDirectory = true };
        try
        {
            _ = maker.Server;
        }
        finally
        {
            maker.Dispose();
        }
        var seeded = Path.Combine(Path.GetTempPath(), "thiduacms-tests", $"seeded-{environmentName}-{Guid.NewGuid():N}.db");
        // SQLite's backup copies a consistent database whatever is still in its write-ahead log.
        using (var source = new SqliteConnection($"Data Source={Path.Combine(maker.DataDirectory, DatabaseFileName)};Pooling=False"))
        using (var target = new SqliteConnection($"Data Source={seeded};Pooling=False"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }
        Directory.Delete(maker.DataDirectory, recursive: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(seeded);
        return seeded;
    }

    /// <summary>A DI scope on the running site, to arrange data through the real Content services.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_keepDataDirectory)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; never fail a test over cleanup.
            }
        }
    }
}
