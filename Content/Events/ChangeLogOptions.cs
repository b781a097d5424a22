namespace ThiDuaCms.Content.Events;

/// <summary>How the change-log dispatcher polls, retries and prunes (configuration section "ChangeLog").</summary>
public sealed class ChangeLogOptions
{
    public const string Section = "ChangeLog";

    /// <summary>How often the log is read when no local commit nudged the dispatcher (entries written by another instance).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first wait before retrying a failing handler; it doubles with each failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Entries handled by every once-handler are pruned, except the newest this many (so per-instance handlers catch up without a rebuild).</summary>
    public int RetainedEntries { get; set; } = 10_000;

    /// <summary>
    /// A once-handler's cursor whose lease has not been renewed for this long belongs to a handler no instance runs any
    /// more (removed or renamed in a release): it stops holding back pruning.
    /// </summary>
    public TimeSpan AbandonedCursorAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Entries read per batch; each batch gets a fresh service scope.</summary>
    public int BatchSize { get; set; } = 100;
}
