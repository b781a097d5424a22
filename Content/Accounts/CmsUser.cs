using Microsoft.AspNetCore.Identity;

namespace ThiDuaCms.Content.Accounts;

/// <summary>A back-office account (ASP.NET Core Identity, same database as the content).</summary>
public sealed class CmsUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
