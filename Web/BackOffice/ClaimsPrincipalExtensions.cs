using System.Security.Claims;
using ThiDuaCms.Content.Accounts;

namespace ThiDuaCms.Web.BackOffice;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user as the Content services know them.</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        user.DisplayName(),
        Roles.All.Where(user.IsInRole).ToHashSet());

    /// <summary>The person's name as people read it ("Lê Minh Tâm"); the sign-in name only for an account without one.</summary>
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(CmsUserClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";
}
