using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ThiDuaCms.Content.Data.Seed;
using ThiDuaCms.Content.Text;

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
        await RefreshSortKeysAsync(ct);
        if (seedDemoContent && await seeder.SeedIfEmptyAsync(ct))
        {
            logger.LogInformation("Seeded the demo content into an empty database.");
        }
    }

    /// <summary>
    /// Sort keys are computed in .NET (<see cref="VietnameseSort"/>), which SQL cannot do: rows saved before the
    /// keys existed (the SortKeys and RecognitionRecords migrations add them empty), or with a key from an older rule, get theirs here.
    /// Reads only ids, names and keys; writes only the rows whose key differs.
    /// </summary>
    private async Task RefreshSortKeysAsync(CancellationToken ct)
    {
        var changed = 0;
        foreach (var p in await db.People.AsNoTracking().Select(p => new { p.Id, p.FullName, p.SortKey }).ToListAsync(ct))
        {
            var key = VietnameseSort.PersonNameKey(p.FullName);
            if (key != p.SortKey)
            {
                changed += await db.People.Where(x => x.Id == p.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SortKey, key), ct);
            }
        }
        foreach (var i in await db.Initiatives.AsNoTracking().Select(i => new { i.Id, i.Title, i.SortKey }).ToListAsync(ct))
        {
            var key = VietnameseSort.Key(i.Title);
            if (key != i.SortKey)
            {
                changed += await db.Initiatives.Where(x => x.Id == i.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SortKey, key), ct);
            }
        }
        foreach (var t in await db.CommendationTitles.AsNoTracking().Select(t => new { t.Id, t.Name, t.SortKey }).ToListAsync(ct))
        {
            var key = VietnameseSort.Key(t.Name);
            if (key != t.SortKey)
            {
                changed += await db.CommendationTitles.Where(x => x.Id == t.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SortKey, key), ct);
            }
        }
        if (changed > 0)
        {
            logger.LogInformation("Computed the sort keys of {Count} people, initiatives and titles.", changed);
        }
    }
}
