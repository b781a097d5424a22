namespace ThiDuaCms.Content.Events;

/// <summary>Wakes the dispatcher after a local commit wrote change-log entries, so handlers do not wait for the next poll.</summary>
public sealed class ChangeLogSignal
{
    private TaskCompletionSource _nudged = NewSource();

    public void Nudge() => Volatile.Read(ref _nudged).TrySetResult();

    /// <summary>Waits for a nudge (one that came since the last wait counts) or <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        var nudged = _nudged.Task;
        if (!nudged.IsCompleted)
        {
            try
            {
                await nudged.WaitAsync(timeout, ct);
            }
            catch (TimeoutException)
            {
                // Time to poll.
            }
        }
        // Only the dispatcher waits and resets. A nudge lost in this swap is harmless: its commit came before it,
        // and the dispatcher reads the log right after this returns.
        if (nudged.IsCompleted)
        {
            Volatile.Write(ref _nudged, NewSource());
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
