using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Accounts;

/// <summary>
/// Creates back-office accounts and their roles through ASP.NET Core Identity (hashing, validation, lockout are
/// Identity's), each change audited in its own transaction (Identity's store shares the content database).
/// </summary>
public sealed class UserAccounts(UserManager<CmsUser> users, RoleManager<IdentityRole> roles, ContentDbContext db, AuditLog audit)
{
    private const string EntityType = "User";

    /// <summary>Makes sure every role in <see cref="Roles.All"/> exists.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>
    /// Creates an account with one role, on behalf of <paramref name="actor"/> (default: the system, for commands
    /// and seeding). The password must satisfy Identity's rules; errors come back in Vietnamese.
    /// </summary>
    public async Task<OperationResult<CmsUser>> AddAsync(string email, string displayName, string role, string password, Actor? actor = null)
    {
        await EnsureRolesAsync();
        email = VietnameseText.Nfc(email);
        if (await users.FindByEmailAsync(email) is not null)
        {
            return OperationResult<CmsUser>.Fail($"Đã có tài khoản với email {email}.", "Email");
        }
        var user = new CmsUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = VietnameseText.Nfc(displayName),
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return OperationResult<CmsUser>.Fail(string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, role);
        // Identity keys users by a string; the audit entry names the account in its details instead.
        audit.Record(actor ?? Actor.System, "Tạo tài khoản", EntityType, 0, $"{email} ({role})");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return OperationResult<CmsUser>.Ok(user);
    }

    /// <summary>Gives the account <paramref name="role"/> instead of the roles it had.</summary>
    public async Task<OperationResult> ChangeRoleAsync(string userId, string role, Actor actor)
    {
        if (!Roles.All.Contains(role))
        {
            return OperationResult.Fail("Vai trò không hợp lệ.", "Role");
        }
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return OperationResult.Fail("Không tìm thấy tài khoản.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var old = await users.GetRolesAsync(user);
        // Nothing is committed unless both steps worked: an account must never be left without a role.
        if (!(await users.RemoveFromRolesAsync(user, old)).Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded
            // A new stamp makes the sign-in cookie's role claims refresh at the next stamp validation.
            || !(await users.UpdateSecurityStampAsync(user)).Succeeded)
        {
            return OperationResult.Fail("Không đổi được vai trò của tài khoản. Vui lòng thử lại.");
        }
        audit.Record(actor, "Đổi vai trò", EntityType, 0,
            $"{user.Email}: {string.Join(", ", old)} → {role}");
        await db.SaveChangesAsync();
        // The new role applies at once: the account's sessions end and its next request asks it to sign in again
        // (a cookie's role claims would otherwise last until the next stamp validation, up to 30 minutes).
        await db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == SessionTokens.Provider).ExecuteDeleteAsync();
        await transaction.CommitAsync();
        return OperationResult.Ok();
    }

    public Task<bool> AnyAsync() => users.Users.AnyAsync();

    /// <summary>Every account with its roles and whether it is locked out now.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        var list = new List<UserSummary>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            list.Add(new UserSummary(user.Id, user.Email ?? "", user.DisplayName,
                (await users.GetRolesAsync(user)).ToList(), await users.IsLockedOutAsync(user)));
        }
        return list;
    }

    /// <summary>A random password that meets the rules: 20 characters from four classes.</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "!@#$%*-_=+";
        var all = lower + upper + digits + symbols;
        var chars = new[] { Pick(lower), Pick(upper), Pick(digits), Pick(symbols) }
            .Concat(Enumerable.Range(0, 16).Select(_ => Pick(all)))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);

        static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
    }
}

public sealed record UserSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsLockedOut);
