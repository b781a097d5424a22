using System.Security.Claims;
using ThiDuaCms.Content.Accounts;

namespace ThiDuaCms.Web.BackOffice;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user as the Content services know them.</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        user.Identity?.Name ?? "",
        Roles.All.Where(user.IsInRole).ToHashSet());
}
