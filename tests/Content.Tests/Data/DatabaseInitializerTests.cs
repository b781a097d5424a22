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
    public async Task Initializing_again_keeps_the_data()
    {
        await using var database = await TempContentDatabase.CreateAsync();
        var category = await database.AddCategoryAsync();

        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoContent: false);
        }

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            Assert.Equal(category.Name, (await db.Categories.SingleAsync()).Name);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
    }

    [Fact]
    public async Task Demo_content_goes_only_into_an_empty_database()
    {
        await using var database = await TempContentDatabase.CreateAsync();
        await database.AddCategoryAsync();
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            db.Departments.Add(new Content.Recognition.Department { Name = "Khoa riêng của bệnh viện", Slug = "khoa-rieng" });
            await db.SaveChangesAsync();
        }

        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoContent: true);
        }

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            Assert.Equal(0, await db.Articles.CountAsync());
            Assert.Equal("khoa-rieng", (await db.Departments.SingleAsync()).Slug);
        }
    }
}
