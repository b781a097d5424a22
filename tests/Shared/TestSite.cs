using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
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

    public string DataDirectory { get; } =
        Path.Combine(Path.GetTempPath(), "thiduacms-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(DefaultNow);

    public string EnvironmentName { get; init; } = "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Content:DataDirectory", DataDirectory);
        builder.UseSetting("Content:SeedDemoContent", "true");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A DI scope on the running site, to arrange data through the real Content services.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
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
