using Microsoft.Extensions.Options;

namespace ThiDuaCms.Content.Media;

/// <summary>
/// Bounds how many images are decoded at once (<see cref="MediaOptions.MaxConcurrentDecodes"/>): a 49-megapixel
/// photo takes tens of megabytes while its variants are made, so eight uploads at once would take hundreds. The
/// rest wait their turn. One per process (a singleton), shared by every request.
/// </summary>
public sealed class DecodeGate(IOptions<MediaOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentDecodes, options.Value.MaxConcurrentDecodes);
    private int _active;
    private int _peak;

    /// <summary>Decodes running now.</summary>
    public int Active => Volatile.Read(ref _active);

    /// <summary>The most decodes that ever ran at once in this process.</summary>
    public int Peak => Volatile.Read(ref _peak);

    /// <summary>Waits for a free slot; dispose the result to give it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken ct = default)
    {
        await _slots.WaitAsync(ct);
        var active = Interlocked.Increment(ref _active);
        for (var peak = Peak; active > peak; peak = Peak)
        {
            Interlocked.CompareExchange(ref _peak, active, peak);
        }
        return new Slot(this);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(DecodeGate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Interlocked.Decrement(ref gate._active);
                gate._slots.Release();
            }
        }
    }
}
