namespace ThiDuaCms.Content.Accounts;

/// <summary>
/// Back-office sessions are rows of Identity's user tokens under this login provider (name = the session id): a
/// cookie whose session row is gone is refused (Web's BackOfficeSessions), so deleting the rows ends the sessions.
/// </summary>
public static class SessionTokens
{
    public const string Provider = "ThiDuaCms.Session";
}
