using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Data;

public class ModelTests
{
    private static ContentDbContext NewContext() =>
        new(new DbContextOptionsBuilder<ContentDbContext>().UseSqlite("Data Source=:memory:").Options);

    private static bool IsIdentitys(Type? type) =>
        type?.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) == true;

    /// <summary>
    /// Every string an entity stores has a length, so services can validate against the model. ASP.NET Identity's
    /// own tables and the columns CmsUser inherits from IdentityUser are Identity's (UserName, Email are 256; the
    /// password hash, stamps and phone number have none), and are left to Identity.
    /// </summary>
    [Fact]
    public void Every_string_the_content_stores_has_a_max_length()
    {
        using var db = NewContext();

        var missing = db.Model.GetEntityTypes()
            .Where(e => !IsIdentitys(e.ClrType))
            .SelectMany(e => e.GetProperties().Select(p => (Entity: e, Property: p)))
            .Where(x => x.Property.ClrType == typeof(string))
            .Where(x => !IsIdentitys(x.Property.PropertyInfo?.DeclaringType))
            .Where(x => x.Property.GetMaxLength() is null)
            .Select(x => $"{x.Entity.DisplayName()}.{x.Property.Name}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void The_check_does_see_the_content_entities_and_the_cms_users_own_column()
    {
        using var db = NewContext();

        var user = db.Model.FindEntityType(typeof(CmsUser))!;
        Assert.Equal(200, user.FindProperty(nameof(CmsUser.DisplayName))!.GetMaxLength());
        Assert.Equal(200_000, db.Model.FindEntityType(typeof(Article))!.FindProperty(nameof(Article.BodyMarkdown))!.GetMaxLength());
        Assert.Contains(db.Model.GetEntityTypes(), e => e.ClrType == typeof(Person));
    }

    [Fact]
    public void People_are_indexed_by_their_sort_key()
    {
        using var db = NewContext();
        var person = db.Model.FindEntityType(typeof(Person))!;

        Assert.Contains(person.GetIndexes(), i => i.Properties.Select(p => p.Name).SequenceEqual([nameof(Person.SortKey)]));
        Assert.Equal(VietnameseSort.MaxKeyLength, person.FindProperty(nameof(Person.SortKey))!.GetMaxLength());
    }
}
