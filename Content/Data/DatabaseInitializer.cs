using System.Linq.Expressions;
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
        var changed = await RefreshAsync(db.People, p => p.SortKey, p => new SortKeyRow(p.Id, p.FullName, p.SortKey), VietnameseSort.PersonNameKey, ct)
            + await RefreshAsync(db.Initiatives, i => i.SortKey, i => new SortKeyRow(i.Id, i.Title, i.SortKey), VietnameseSort.Key, ct)
            + await RefreshAsync(db.CommendationTitles, t => t.SortKey, t => new SortKeyRow(t.Id, t.Name, t.SortKey), VietnameseSort.Key, ct);
        if (changed > 0)
        {
            logger.LogInformation("Computed the sort keys of {Count} people, initiatives and titles.", changed);
        }
    }

    private sealed record SortKeyRow(int Id, string Name, string SortKey);

    private static async Task<int> RefreshAsync<T>(DbSet<T> rows, Expression<Func<T, string>> sortKey, Expression<Func<T, SortKeyRow>> read,
        Func<string, string> keyOf, CancellationToken ct) where T : class
    {
        var changed = 0;
        foreach (var row in await rows.AsNoTracking().Select(read).ToListAsync(ct))
        {
            var key = keyOf(row.Name);
            if (key != row.SortKey)
            {
                changed += await rows.Where(e => EF.Property<int>(e, "Id") == row.Id).ExecuteUpdateAsync(s => s.SetProperty(sortKey, key), ct);
            }
        }
        return changed;
    }
}
