namespace ThiDuaCms.Content.Accounts;

/// <summary>Who asks a service to do something: the signed-in user, or the system itself (seeding, scheduled publishing).</summary>
public sealed record Actor(string? UserId, string Name, IReadOnlySet<string> Roles)
{
    public static readonly Actor System = new(null, "Hệ thống", new HashSet<string>(Accounts.Roles.All));

    public bool IsInRole(string role) => Roles.Contains(role);
}
