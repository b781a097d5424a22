using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Data;

namespace ThiDuaCms.Web.BackOffice;

/// <summary>
/// Server-side sign-in sessions, so that signing out ends a session at once. Each sign-in gets a random session id,
/// carried as a claim in the cookie and stored as a row of Identity's user-token table (AspNetUserTokens, provider
/// <see cref="Provider"/>, name = the id, value = when it was issued): no new table, no migration. Every request that
/// carries a sign-in cookie checks its row (one indexed lookup by primary key); signing out deletes the row, so a
/// copy of the cookie taken before stops working on its next request. Requests without the cookie (visitors of the
/// public pages) never reach the check.
/// </summary>
/// <remarks>
/// Chosen over the security stamp with a zero validation interval: that check reloads the user, their roles and
/// claims and re-issues the cookie on every request, and signing out would have to change the stamp, ending the
/// user's sessions on every other device too.
/// </remarks>
public static class BackOfficeSessions
{
    public const string Provider = SessionTokens.Provider;
    public const string SessionIdClaim = "thiduacms:sid";

    /// <summary>Sessions issued longer ago than this are deleted at the user's next sign-in.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);

    /// <summary>Cookie OnSigningIn: gives the new sign-in its session id and stores it.</summary>
    public static async Task OnSigningInAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } userId)
        {
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<ContentDbContext>();
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (identity.FindFirst(SessionIdClaim) is { } existing)
        {
            identity.RemoveClaim(existing);
        }
        var sessionId = Guid.NewGuid().ToString("N");
        identity.AddClaim(new Claim(SessionIdClaim, sessionId));
        await PruneAsync(db, userId, now);
        db.UserTokens.Add(new IdentityUserToken<string>
        {
            UserId = userId,
            LoginProvider = Provider,
            Name = sessionId,
            Value = now.ToString("O", CultureInfo.InvariantCulture),
        });
        await db.SaveChangesAsync(context.HttpContext.RequestAborted);
    }

    /// <summary>Cookie OnValidatePrincipal: refuses a cookie whose session was ended, then runs Identity's own check.</summary>
    public static Func<CookieValidatePrincipalContext, Task> ValidatePrincipal(Func<CookieValidatePrincipalContext, Task> inner) =>
        async context =>
        {
            if (!await IsLiveAsync(context.HttpContext, context.Principal))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await inner(context);
        };

    /// <summary>Cookie OnSigningOut: ends the session on the server.</summary>
    public static async Task OnSigningOutAsync(CookieSigningOutContext context)
    {
        var user = context.HttpContext.User;
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId || user.FindFirstValue(SessionIdClaim) is not { } sessionId)
        {
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<ContentDbContext>();
        // Not cancelled with the request: a sign-out whose tab closes mid-way must still end the session.
        await db.UserTokens
            .Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == sessionId)
            .ExecuteDeleteAsync(CancellationToken.None);
    }

    /// <summary>Keeps the session id when Identity rebuilds the principal after its security-stamp check.</summary>
    public static Task CopySessionId(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(SessionIdClaim) is { } claim && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && identity.FindFirst(SessionIdClaim) is null)
        {
            identity.AddClaim(new Claim(SessionIdClaim, claim.Value));
        }
        return Task.CompletedTask;
    }

    private static async Task<bool> IsLiveAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        if (principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId || principal.FindFirstValue(SessionIdClaim) is not { } sessionId)
        {
            // A cookie from before sessions existed, or a forged one without the claim: not a live session.
            return false;
        }
        var db = http.RequestServices.GetRequiredService<ContentDbContext>();
        return await db.UserTokens.AsNoTracking()
            .AnyAsync(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == sessionId, http.RequestAborted);
    }

    private static async Task PruneAsync(ContentDbContext db, string userId, DateTimeOffset now)
    {
        var sessions = await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider).ToListAsync();
        var oldest = now - MaxAge;
        db.UserTokens.RemoveRange(sessions.Where(s =>
            !DateTimeOffset.TryParse(s.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var issued) || issued < oldest));
    }
}
