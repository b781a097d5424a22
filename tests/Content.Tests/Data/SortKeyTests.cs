using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Tests.Support;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Data;

public class SortKeyTests
{
    private static readonly string[] VietnameseOrder =
        ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Đặng Thị Hà", "Vũ Thị Hà", "Phạm Văn Hòa"];

    [Fact]
    public void Setting_a_name_sets_its_key()
    {
        var person = new Person { FullName = "Nguyễn Văn An" };
        Assert.Equal(VietnameseSort.PersonNameKey("Nguyễn Văn An"), person.SortKey);

        person.FullName = "Trần Thị Bình";
        Assert.Equal(VietnameseSort.PersonNameKey("Trần Thị Bình"), person.SortKey);

        Assert.Equal(VietnameseSort.Key("Sáng kiến"), new Initiative { Title = "Sáng kiến" }.SortKey);
    }

    [Fact]
    public async Task People_lists_are_in_Vietnamese_order_not_binary_order()
    {
        await using var database = await TempContentDatabase.CreateAsync();
        await AddPeopleAsync(database, VietnameseOrder.Reverse());

        await using var scope = database.Scope();
        var reader = scope.ServiceProvider.GetRequiredService<RecognitionReader>();

        Assert.Equal(VietnameseOrder, (await reader.PeopleAsync()).Select(p => p.FullName));
        // The home page's exemplars come from the reference snapshot.
        Assert.Equal(VietnameseOrder, (await scope.ServiceProvider.GetRequiredService<ArticleReader>().SnapshotAsync()).FeaturedPeople.Select(p => p.FullName));
        Assert.Equal(VietnameseOrder, (await reader.FindDepartmentPageAsync("khoa-noi"))!.People.Select(p => p.FullName));
    }

    [Fact]
    public async Task A_stored_key_is_read_as_stored_and_a_missing_one_is_filled_at_start()
    {
        await using var database = await TempContentDatabase.CreateAsync();
        await AddPeopleAsync(database, VietnameseOrder);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            db.Initiatives.Add(new Initiative { Title = "Đổi mới", Slug = "doi-moi", DepartmentId = (await db.Departments.SingleAsync()).Id, Year = 2026 });
            await db.SaveChangesAsync();
            // As the SortKeys migration leaves rows saved before it.
            await db.Database.ExecuteSqlRawAsync("UPDATE People SET SortKey = ''; UPDATE Initiatives SET SortKey = '';");
        }
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            Assert.All(await db.People.AsNoTracking().ToListAsync(), p => Assert.Equal("", p.SortKey));
        }

        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoContent: false);
        }

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            Assert.All(await db.People.AsNoTracking().ToListAsync(), p => Assert.Equal(VietnameseSort.PersonNameKey(p.FullName), p.SortKey));
            Assert.Equal(VietnameseSort.Key("Đổi mới"), (await db.Initiatives.AsNoTracking().SingleAsync()).SortKey);
            Assert.Equal(VietnameseOrder, await db.People.OrderBy(p => p.SortKey).Select(p => p.FullName).ToListAsync());
        }
    }

    [Fact]
    public async Task The_demo_people_get_keys()
    {
        await using var database = await TempContentDatabase.CreateAsync(seedDemoContent: true);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();

        var people = await db.People.AsNoTracking().ToListAsync();
        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.Equal(VietnameseSort.PersonNameKey(p.FullName), p.SortKey));
    }

    [Fact]
    public async Task The_author_filter_lists_writers_in_Vietnamese_order()
    {
        await using var database = await TempContentDatabase.CreateAsync();
        var category = await database.AddCategoryAsync();
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            var n = 0;
            foreach (var name in VietnameseOrder.Reverse())
            {
                var user = new CmsUser { Id = "u" + ++n, UserName = "u" + n + "@bv.vn", DisplayName = name };
                db.Users.Add(user);
                db.Articles.Add(new Article
                {
                    Title = "Bài " + n, Slug = "bai-" + n, CategoryId = category.Id, AuthorId = user.Id,
                    CreatedAt = database.NowUtc, UpdatedAt = database.NowUtc,
                });
            }
            await db.SaveChangesAsync();
        }

        await using (var scope = database.Scope())
        {
            var authors = await scope.ServiceProvider.GetRequiredService<EditorialDesk>().AuthorsAsync();

            Assert.Equal(VietnameseOrder, authors.Select(a => a.Name));
        }
    }

    private static async Task AddPeopleAsync(TempContentDatabase database, IEnumerable<string> names)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var department = new Department { Name = "Khoa Nội", Slug = "khoa-noi" };
        var n = 0;
        foreach (var name in names)
        {
            db.People.Add(new Person { FullName = name, Slug = "nguoi-" + ++n, Department = department, IsFeatured = true });
        }
        await db.SaveChangesAsync();
    }
}
