using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Tests.Support;

namespace ThiDuaCms.Content.Tests.Data;

public class DatabaseInitializerTests
{
    [Fact]
    public async Task A_new_file_is_migrated_to_the_current_schema_and_left_empty_without_seeding()
    {
        await using var database = await TempContentDatabase.CreateAsync();
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(0, await db.Departments.CountAsync());
    }

    [Fact]
    public async Task The_database_file_uses_write_ahead_logging()
    {
        await using var database = await TempContentDatabase.CreateAsync();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Initializing_again_is_harmless()
    {
        await using var database = await TempContentDatabase.CreateAsync(seedDemoContent: true);
        int before;
        await using (var scope = database.Scope())
        {
            before = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.CountAsync();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoContent: false);
        }
        await using (var scope = database.Scope())
        {
            Assert.Equal(before, await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.CountAsync());
        }
    }
}
