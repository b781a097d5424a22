using ThiDuaCms.Content.Accounts;

namespace ThiDuaCms.Content.Tests.Support;

/// <summary>The people of the back office as the Content services see them: one per role, and a second author and editor.</summary>
internal static class Actors
{
    public static readonly Actor Author = Make("tac-gia-1", "Nguyễn Thị Ngọc Ánh", Roles.Author);
    public static readonly Actor OtherAuthor = Make("tac-gia-2", "Võ Thanh Bình", Roles.Author);
    public static readonly Actor Editor = Make("bien-tap-1", "Lê Minh Tâm", Roles.Editor);
    public static readonly Actor OtherEditor = Make("bien-tap-2", "Đặng Quốc Việt", Roles.Editor);
    public static readonly Actor Clerk = Make("thi-dua-1", "Phạm Thị Hồng Nhung", Roles.RecognitionClerk);
    public static readonly Actor Administrator = Make("quan-tri-1", "Trần Quốc Hưng", Roles.Administrator);

    public static Actor Make(string userId, string name, string role) => new(userId, name, new HashSet<string> { role });
}

/// <summary>Who tries a move, relative to the article's author.</summary>
public enum Who
{
    AuthorOwn,
    AuthorOther,
    Editor,
    Clerk,
    Administrator,
}

internal static class WhoExtensions
{
    public static Actor Actor(this Who who) => who switch
    {
        Who.AuthorOwn => Actors.Author,
        Who.AuthorOther => Actors.OtherAuthor,
        Who.Editor => Actors.Editor,
        Who.Clerk => Actors.Clerk,
        Who.Administrator => Actors.Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };
}

/// <summary>One temporary database with one category, shared by the tests of a class that each make their own articles.</summary>
public sealed class ContentDatabaseFixture : IAsyncLifetime
{
    internal TempContentDatabase Database { get; private set; } = null!;
    internal ThiDuaCms.Content.Articles.Category Category { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TempContentDatabase.CreateAsync();
        Category = await Database.AddCategoryAsync();
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
