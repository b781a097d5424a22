using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ThiDuaCms.Web.BackOffice;

/// <summary>Sign-in throttling, bound from the "SignIn" section.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    /// <summary>Failed sign-ins one client address may make in <see cref="Window"/> before it has to wait.</summary>
    public int MaxFailuresPerWindow { get; set; } = 10;

    /// <summary>The fixed window the failures are counted in (15 minutes by default).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Returns the first problem with these settings, in Vietnamese, or null when they are usable.</summary>
    public string? Validate() =>
        MaxFailuresPerWindow is < 1 or > 10_000 ? "SignIn:MaxFailuresPerWindow phải nằm trong khoảng 1–10.000."
        : Window < TimeSpan.FromSeconds(1) || Window > TimeSpan.FromDays(1) ? "SignIn:Window phải nằm trong khoảng 1 giây – 1 ngày."
        : null;
}

/// <summary>Checks <see cref="SignInThrottleOptions"/> at start, with the message naming the setting.</summary>
internal sealed class SignInThrottleOptionsValidation : IValidateOptions<SignInThrottleOptions>
{
    public ValidateOptionsResult Validate(string? name, SignInThrottleOptions options) =>
        options.Validate() is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
}

/// <summary>
/// Counts failed sign-ins per client address (after the forwarded-headers middleware, so the address is the real
/// client's behind a trusted proxy) with System.Threading.RateLimiting's fixed-window limiter, the one under ASP.NET
/// Core's rate-limiting middleware. Only failures count: a hospital's staff signing in from behind one NAT address are
/// not held up by each other's successful sign-ins. An address out of permits is refused before any account is looked
/// up, so it can neither guess further nor push more accounts into lockout.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _running = new();
    private readonly int _permitLimit;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        var settings = options.Value;
        Window = settings.Window;
        _permitLimit = settings.MaxFailuresPerWindow;
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.MaxFailuresPerWindow,
                Window = settings.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public TimeSpan Window { get; }

    /// <summary>The address the throttle counts for this request ("unknown" when the server does not know it).</summary>
    public static string AddressOf(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : "unknown";

    /// <summary>
    /// Starts a sign-in attempt of the address; dispose it when the attempt is over. It is throttled when the failures
    /// left in the window are already taken by attempts still running: otherwise a burst of parallel requests would
    /// all pass before the first failure is counted.
    /// </summary>
    public Attempt Begin(string address)
    {
        var running = _running.AddOrUpdate(address, 1, (_, count) => count + 1);
        var left = _failures.GetStatistics(address)?.CurrentAvailablePermits ?? _permitLimit;
        return new Attempt(this, address, Throttled: left - (running - 1) <= 0);
    }

    /// <summary>Counts one failed sign-in of the address.</summary>
    public void RecordFailure(string address)
    {
        using var lease = _failures.AttemptAcquire(address);
    }

    public void Dispose() => _failures.Dispose();

    private void End(string address)
    {
        if (_running.AddOrUpdate(address, 0, (_, count) => count - 1) <= 0)
        {
            _running.TryRemove(KeyValuePair.Create(address, 0));
        }
    }

    /// <summary>One sign-in attempt in progress; <see cref="Throttled"/> when it must be refused unchecked.</summary>
    public readonly record struct Attempt(SignInThrottle Owner, string Address, bool Throttled) : IDisposable
    {
        public void Dispose() => Owner.End(Address);
    }
}
