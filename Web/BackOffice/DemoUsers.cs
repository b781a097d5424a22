using ThiDuaCms.Content.Accounts;

namespace ThiDuaCms.Web.BackOffice;

/// <summary>One demo account per role, for Development only (README lists them). Production never gets them.</summary>
public static class DemoUsers
{
    public const string Password = "ThiDua@2026";

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> Accounts =
    [
        ("quantri@demo.local", "Trần Quốc Hưng", Roles.Administrator),
        ("bientap@demo.local", "Lê Minh Tâm", Roles.Editor),
        ("tacgia@demo.local", "Nguyễn Thị Ngọc Ánh", Roles.Author),
        ("thidua@demo.local", "Phạm Thị Hồng Nhung", Roles.RecognitionClerk),
    ];

    public static async Task SeedIfNoUsersAsync(UserAccounts users)
    {
        if (await users.AnyAsync())
        {
            return;
        }
        foreach (var (email, name, role) in Accounts)
        {
            await users.AddAsync(email, name, role, Password);
        }
    }
}
