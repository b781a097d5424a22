using Microsoft.AspNetCore.Authorization;
using ThiDuaCms.Content.Accounts;

namespace ThiDuaCms.Web.BackOffice;

/// <summary>Who may open which part of the back office. Finer rules (an author's own drafts) live in the Content services.</summary>
public static class Policies
{
    public const string BackOffice = nameof(BackOffice);
    public const string Articles = nameof(Articles);
    public const string Media = nameof(Media);
    public const string Administration = nameof(Administration);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(BackOffice, p => p.RequireRole(Roles.All));
        options.AddPolicy(Articles, p => p.RequireRole(Roles.Author, Roles.Editor));
        options.AddPolicy(Media, p => p.RequireRole(Roles.Author, Roles.Editor));
        options.AddPolicy(Administration, p => p.RequireRole(Roles.Administrator));
    }
}
