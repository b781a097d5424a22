using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDuaCms.Tests;

/// <summary>
/// <see cref="TestSite"/> served by a real Kestrel on a port the OS picks, so that a real browser can load it.
/// </summary>
public sealed class KestrelTestSite : TestSite
{
    public KestrelTestSite() => UseKestrel(0);

    /// <summary>Starts Kestrel (once) and returns the address it listens on, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel did not report the addresses it listens on.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel listens on no http address: {string.Join(", ", addresses)}");
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }
}
