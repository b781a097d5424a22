using Microsoft.Playwright;

namespace ThiDuaCms.Tests;

/// <summary>
/// One site on a real Kestrel and one headless Debian Chromium, shared by every test of a class.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium (apt-get install chromium; ./test.sh does it). Playwright never downloads a browser here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly KestrelTestSite _site = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>The repository root: the folder holding ThiDuaCms.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>TestResults/screenshots under the repository root, for humans to look at.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot, "TestResults", "screenshots");

    public static string AxeScriptPath { get; } =
        Path.Combine(RepositoryRoot, "tests", "Browser.Tests", "node_modules", "axe-core", "axe.min.js");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing. Run ./test.sh from the repository root: it installs Debian's chromium package.");
        }

        BaseAddress = _site.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh context (cookies, viewport) for one test; the caller disposes it.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        options.BaseURL = BaseAddress.ToString();
        // The site sends "script-src 'self'", which (rightly) blocks the inline axe-core script the tests inject.
        options.BypassCSP = true;
        return Browser.NewContextAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await _site.DisposeAsync();
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThiDuaCms.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No ThiDuaCms.sln above {AppContext.BaseDirectory}.");
    }
}
