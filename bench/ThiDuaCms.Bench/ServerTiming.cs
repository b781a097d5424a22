using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ThiDuaCms.Bench;

/// <summary>One request as the server saw it: path and query, status, and the time spent inside the pipeline.</summary>
internal sealed record ServerSample(string Target, int StatusCode, TimeSpan Elapsed);

/// <summary>
/// Measures each request inside the server: a middleware placed before the whole app pipeline times <c>next()</c>,
/// which includes running the page and writing its body. The samples go to a channel the client reads after
/// each response, so a sample is never taken before the server has finished with the request.
/// </summary>
internal sealed class ServerTiming : IStartupFilter
{
    private readonly Channel<ServerSample> _samples = Channel.CreateUnbounded<ServerSample>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                await nextMiddleware(context);
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(start);
                _samples.Writer.TryWrite(new ServerSample(
                    context.Request.Path + context.Request.QueryString, context.Response.StatusCode, elapsed));
            }
        });
        next(app);
    };

    /// <summary>The next request the server finished, waiting for it if need be.</summary>
    public async Task<ServerSample> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _samples.Reader.ReadAsync(timeout.Token);
    }
}
