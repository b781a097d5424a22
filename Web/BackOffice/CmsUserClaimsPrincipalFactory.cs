using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content.Accounts;

namespace ThiDuaCms.Web.BackOffice;

/// <summary>
/// Puts the account's display name in the sign-in cookie, so the byline, the revisions and the audit log
/// say "Lê Minh Tâm" rather than the sign-in email.
/// </summary>
public sealed class CmsUserClaimsPrincipalFactory(UserManager<CmsUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CmsUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "thiduacms:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CmsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        }
        return identity;
    }
}
