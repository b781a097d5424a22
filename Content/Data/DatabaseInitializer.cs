using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ThiDuaCms.Content.Data.Seed;

namespace ThiDuaCms.Content.Data;

/// <summary>Brings the database to the current schema at start, and seeds demo content when asked.</summary>
public sealed class DatabaseInitializer(ContentDbContext db, DemoContentSeeder seeder, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoContent, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL so readers never block the writer; the setting is stored in the file.
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        await db.Database.MigrateAsync(ct);
        if (seedDemoContent && await seeder.SeedIfEmptyAsync(ct))
        {
            logger.LogInformation("Seeded the demo content into an empty database.");
        }
    }
}
