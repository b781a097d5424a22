using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Tests;

namespace ThiDuaCms.Web.Tests.BackOffice;

/// <summary>Creating accounts and changing roles are audited like articles, in the transaction of the change.</summary>
public sealed class UserAuditTests(TestSite site) : IClassFixture<TestSite>
{
    private static readonly Actor Administrator = new("quan-tri-kiem-tra", "Trần Quốc Hưng", new HashSet<string> { Roles.Administrator });

    [Fact]
    public async Task Creating_an_account_and_changing_its_role_are_audited_with_who_did_it()
    {
        await using var scope = site.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();

        var added = await accounts.AddAsync("kiemtra.nhatky@benhvien.test", "Người Kiểm Tra", Roles.Author, UserAccounts.GeneratePassword(), Administrator);
        Assert.True(added.Succeeded, added.Error);
        var changed = await accounts.ChangeRoleAsync(added.Value!.Id, Roles.Editor, Administrator);
        Assert.True(changed.Succeeded, changed.Error);

        var entries = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "User" && e.Details!.StartsWith("kiemtra.nhatky@benhvien.test"))
            .OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            [("Tạo tài khoản", $"kiemtra.nhatky@benhvien.test ({Roles.Author})"), ("Đổi vai trò", $"kiemtra.nhatky@benhvien.test: {Roles.Author} → {Roles.Editor}")],
            entries.Select(e => (e.Action, e.Details)));
        Assert.All(entries, e => Assert.Equal((Administrator.UserId, Administrator.Name), (e.UserId, e.UserName)));
    }

    [Fact]
    public async Task A_refused_account_leaves_no_audit_entry()
    {
        await using var scope = site.Scope();
        var refused = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .AddAsync("matkhauyeu@benhvien.test", "Mật Khẩu Yếu", Roles.Author, "123", Administrator);

        Assert.False(refused.Succeeded);
        Assert.False(await scope.ServiceProvider.GetRequiredService<ContentDbContext>().AuditEntries
            .AnyAsync(e => e.EntityType == "User" && e.Details!.StartsWith("matkhauyeu@")));
    }
}
