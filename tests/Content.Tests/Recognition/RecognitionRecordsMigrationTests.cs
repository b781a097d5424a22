using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Data.Seed;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Recognition;

/// <summary>A database at the migration before RecognitionRecords, with commendations, is carried over to titles, authorities and decisions.</summary>
public sealed class RecognitionRecordsMigrationTests : IDisposable
{
    private const string Previous = "20261202150019_JoinTableCoveringIndexes";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "thiduacms-content-tests", Guid.NewGuid().ToString("N"));

    public RecognitionRecordsMigrationTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private ContentDbContext NewContext() =>
        new(new DbContextOptionsBuilder<ContentDbContext>().UseSqlite($"Data Source={Path.Combine(_directory, "old.db")}").Options);

    [Fact]
    public async Task Old_commendations_become_titles_authorities_and_published_decisions()
    {
        await using (var db = NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(Previous);
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "Departments" ("Id", "Name", "Slug", "Kind", "SortOrder") VALUES (1, 'Khoa Nhi', 'khoa-nhi', 0, 0);
                INSERT INTO "People" ("Id", "FullName", "SortKey", "Slug", "Position", "DepartmentId", "IsFeatured")
                    VALUES (1, 'Lê Văn Lân', '', 'le-van-lan', 'Điều dưỡng', 1, 0);
                INSERT INTO "Movements" ("Id", "Name", "Slug", "StartDate", "EndDate") VALUES (1, 'Xanh – Sạch – Đẹp – An toàn', 'xanh', '2021-01-01', '2025-12-31');
                INSERT INTO "Commendations" ("Id", "RecipientKind", "PersonId", "DepartmentId", "Kind", "Name", "Level", "Year", "DecisionNumber", "DecisionDate", "MovementId", "Citation") VALUES
                    (1, 0, 1, NULL, 0, 'Lao động tiên tiến', 0, 2021, '15/QĐ-BVYHCT', '2022-01-14', NULL, 'Hoàn thành tốt nhiệm vụ.'),
                    (2, 1, NULL, 1, 0, 'Tập thể lao động tiên tiến', 0, 2021, '15/QĐ-BVYHCT', '2022-01-14', NULL, NULL),
                    (3, 0, 1, NULL, 1, 'Bằng khen của Bộ trưởng Bộ Y tế', 3, 2022, '482/QĐ-BYT', '2023-02-21', 1, NULL),
                    (4, 1, NULL, 1, 1, 'Bằng khen', 2, 2023, '613/QĐ-UBND', '2024-03-14', NULL, NULL),
                    (5, 0, 1, NULL, 1, 'Giấy khen', 1, 2023, NULL, NULL, NULL, NULL),
                    (6, 1, NULL, 1, 1, 'Giấy khen', 1, 2023, NULL, '2023-06-05', NULL, NULL),
                    (7, 0, 1, NULL, 1, 'Giấy khen', 1, 2024, '', NULL, NULL, NULL),
                    (8, 0, 1, NULL, 0, 'Chiến sĩ thi đua toàn quốc', 4, 2024, '1/QĐ-TTg', '2025-01-10', NULL, NULL),
                    (9, 0, 1, NULL, 1, 'Huy hiệu tri ân', 5, 2024, '9/QĐ-CTN', '2025-02-02', NULL, NULL),
                    (10, 0, 1, NULL, 1, 'Kỷ niệm chương Vì sức khỏe nhân dân', 3, 2022, '3518/QĐ-BYT', '2022-12-19', NULL, NULL);
                INSERT INTO "Initiatives" ("Id", "Title", "SortKey", "Slug", "Kind", "DepartmentId", "Year", "Status", "RecognitionLevel") VALUES
                    (1, 'Một', '', 'mot', 0, 1, 2021, 3, 0),
                    (2, 'Hai', '', 'hai', 0, 1, 2021, 3, 1),
                    (3, 'Ba', '', 'ba', 0, 1, 2021, 3, 3),
                    (4, 'Bốn', '', 'bon', 0, 1, 2021, 3, 5),
                    (5, 'Năm', '', 'nam', 0, 1, 2021, 0, NULL);
                """);
        }

        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = NewContext())
        {
            var titles = await db.CommendationTitles.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
            Assert.Equal(
                [
                    ("Chiến sĩ thi đua toàn quốc", CommendationKind.EmulationTitle, TitleRecipients.Individual, 400),
                    ("Lao động tiên tiến", CommendationKind.EmulationTitle, TitleRecipients.Individual, 100),
                    ("Tập thể lao động tiên tiến", CommendationKind.EmulationTitle, TitleRecipients.Collective, 100),
                    ("Bằng khen", CommendationKind.Form, TitleRecipients.Both, 600),
                    ("Giấy khen", CommendationKind.Form, TitleRecipients.Both, 500),
                    // Not a standard name: for whom the rows gave it, unranked.
                    ("Huy hiệu tri ân", CommendationKind.Form, TitleRecipients.Individual, 0),
                    ("Kỷ niệm chương “Vì sức khỏe nhân dân”", CommendationKind.Form, TitleRecipients.Individual, 550),
                ],
                titles.Take(7).Select(t => (t.Name, t.Kind, t.For, t.Rank)));
            // Then the standard ones it lacked.
            Assert.Equal(
                StandardCatalog.Titles.Select(t => t.Name).Append("Huy hiệu tri ân").Order(StringComparer.Ordinal),
                titles.Select(t => t.Name).Order(StringComparer.Ordinal));

            var authorities = await db.IssuingAuthorities.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(
                [
                    ("Giám đốc Bệnh viện", AuthorityLevel.Facility),
                    ("Giám đốc Sở Y tế", AuthorityLevel.Sector),
                    ("Chủ tịch UBND tỉnh", AuthorityLevel.MinistryOrProvince),
                    ("Bộ trưởng Bộ Y tế", AuthorityLevel.MinistryOrProvince),
                    ("Thủ tướng Chính phủ", AuthorityLevel.State),
                    ("Chủ tịch nước", AuthorityLevel.State),
                ],
                authorities.Select(a => (a.Name, a.Level)));

            var decisions = await db.Decisions.AsNoTracking().Include(d => d.Authority).Include(d => d.Commendations).OrderBy(d => d.Id).ToListAsync();
            Assert.Equal(
                [
                    ("15/QĐ-BVYHCT", new DateOnly(2022, 1, 14), "Giám đốc Bệnh viện", new[] { 1, 2 }),
                    ("482/QĐ-BYT", new DateOnly(2023, 2, 21), "Bộ trưởng Bộ Y tế", new[] { 3 }),
                    ("613/QĐ-UBND", new DateOnly(2024, 3, 14), "Chủ tịch UBND tỉnh", new[] { 4 }),
                    ("Chưa ghi số", new DateOnly(2023, 6, 5), "Giám đốc Sở Y tế", new[] { 5, 6 }),
                    ("Chưa ghi số", new DateOnly(2024, 12, 31), "Giám đốc Sở Y tế", new[] { 7 }),
                    ("1/QĐ-TTg", new DateOnly(2025, 1, 10), "Thủ tướng Chính phủ", new[] { 8 }),
                    ("9/QĐ-CTN", new DateOnly(2025, 2, 2), "Chủ tịch nước", new[] { 9 }),
                    ("3518/QĐ-BYT", new DateOnly(2022, 12, 19), "Bộ trưởng Bộ Y tế", new[] { 10 }),
                ],
                decisions.Select(d => (d.Number, d.Date, d.Authority.Name, d.Commendations.Select(c => c.Id).Order().ToArray())),
                new DecisionComparer());
            Assert.All(decisions, d => Assert.Equal((DecisionState.Published, true), (d.State, d.PublishedAt is not null)));
            Assert.Equal("Khen thưởng năm 2023 chuyển từ dữ liệu cũ, chưa ghi số quyết định", decisions[3].Subject);
            Assert.Equal("Khen thưởng năm 2024 chuyển từ dữ liệu cũ, chưa ghi số quyết định và ngày quyết định (ghi tạm 31/12)", decisions[4].Subject);
            Assert.Null(decisions[0].Subject);

            var commendations = await db.Commendations.AsNoTracking().Include(c => c.Title).OrderBy(c => c.Id).ToListAsync();
            Assert.Equal(10, commendations.Count);
            var first = commendations[0];
            Assert.Equal((1, (int?)null, "Lao động tiên tiến", 2021, "Hoàn thành tốt nhiệm vụ.", "Khoa Nhi", "Điều dưỡng"),
                (first.PersonId, first.DepartmentId, first.Title.Name, first.Year, first.Citation, first.DepartmentNameAtAward, first.PositionAtAward));
            Assert.Equal(((int?)null, 1, "Khoa Nhi", (string?)null), (commendations[1].PersonId, commendations[1].DepartmentId, commendations[1].DepartmentNameAtAward, commendations[1].PositionAtAward));
            Assert.Equal(("Bằng khen", 1), (commendations[2].Title.Name, commendations[2].MovementId));
            Assert.All(commendations, c => Assert.False(c.IsRevoked));

            Assert.Equal(
                [AuthorityLevel.Facility, AuthorityLevel.Sector, AuthorityLevel.MinistryOrProvince, AuthorityLevel.State, null],
                await db.Initiatives.OrderBy(i => i.Id).Select(i => i.RecognitionLevel).ToListAsync());
            Assert.False(await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE name LIKE 'Legacy%'").AnyAsync());
        }

        // At start, the carried-over titles get their sort keys; nothing is added to the catalog.
        var services = new ServiceCollection().AddLogging().AddContentCore(_ => $"Data Source={Path.Combine(_directory, "old.db")}").BuildServiceProvider();
        await using (services)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoContent: false);
            var titles = await scope.ServiceProvider.GetRequiredService<RecognitionCatalog>().TitlesAsync();
            Assert.Equal(StandardCatalog.Titles.Count + 1, titles.Count);
            Assert.All(titles, t => Assert.Equal(VietnameseSort.Key(t.Name), t.SortKey));
            Assert.Equal(6, (await scope.ServiceProvider.GetRequiredService<RecognitionCatalog>().AuthoritiesAsync()).Count);
        }
    }

    private sealed class DecisionComparer : IEqualityComparer<(string, DateOnly, string, int[])>
    {
        public bool Equals((string, DateOnly, string, int[]) x, (string, DateOnly, string, int[]) y) =>
            (x.Item1, x.Item2, x.Item3) == (y.Item1, y.Item2, y.Item3) && x.Item4.SequenceEqual(y.Item4);

        public int GetHashCode((string, DateOnly, string, int[]) obj) => HashCode.Combine(obj.Item1, obj.Item2, obj.Item3);
    }
}
