using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Security;

/// <summary>The site on real Kestrel (its own limits and headers, which TestServer does not have).</summary>
public sealed class KestrelSite : TestSite
{
    public KestrelSite()
    {
        UseKestrel(0);
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    public Uri Address { get; }

    public HttpClient KestrelClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = Address });
}

public sealed class KestrelHardeningTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Fact]
    public async Task Kestrel_sends_no_Server_header_and_answers_TRACE_with_405()
    {
        var client = site.KestrelClient();
        var slug = (await site.VisibleSlugsAsync())[0];

        var home = await client.GetAsync("/");
        var trace = await client.SendAsync(new HttpRequestMessage(HttpMethod.Trace, $"/bai-viet/{slug}"));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.False(home.Headers.Contains("Server"), string.Join(", ", home.Headers.Select(h => h.Key)));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, trace.StatusCode);
        Assert.False(trace.Headers.Contains("Server"));
    }

    [Fact]
    public async Task A_250_megabyte_sign_in_answers_413_or_400_never_500()
    {
        var browser = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = site.Address });
        var signInPage = await HtmlPage.GetOkAsync(browser, BackOfficeSupport.SignInPath);
        var cookie = signInPage.Response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var start = $"__RequestVerificationToken={Uri.EscapeDataString(signInPage.AntiforgeryToken)}&Input.Email=";

        // By hand, as the probe did: announce 250 MB, send the start, read the answer (HttpClient would fail on
        // the reset while still sending).
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(site.Address.Host, site.Address.Port);
        var stream = tcp.GetStream();
        var head = $"POST {BackOfficeSupport.SignInPath} HTTP/1.1\r\nHost: {site.Address.Authority}\r\n" +
            "Content-Type: application/x-www-form-urlencoded\r\n" +
            $"Content-Length: {250L * 1024 * 1024}\r\nCookie: {cookie}\r\n\r\n{start}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(Encoding.ASCII.GetBytes(new string('a', 64 * 1024)));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotNull(statusLine);
        Assert.Matches("^HTTP/1.1 (413|400) ", statusLine);
    }
}
