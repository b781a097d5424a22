using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThiDuaCms.Content.Data;

namespace ThiDuaCms.Content.Articles;

/// <summary>
/// Publishes scheduled articles when their time comes, which raises their <c>ArticlePublished</c> at that time: once
/// at start (for what fell due while the site was stopped), then at the next due time, waking at least every
/// <see cref="Interval"/> (a schedule set meanwhile). Readers never wait on it: a due article is already visible by
/// its publish time. All waits use the content clock, so tests drive it with a fake one.
/// </summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private TaskCompletionSource _sleeping = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<int> _passed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the publisher waits for its next wake-up (its timer is set): advance a fake clock then.</summary>
    public Task Sleeping => Volatile.Read(ref _sleeping).Task;

    /// <summary>Completes, with how many articles it published, when the next pass is over and the publisher sleeps again.</summary>
    public Task<int> NextPass => Volatile.Read(ref _passed).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            var wait = Interval;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                published = await scope.ServiceProvider.GetRequiredService<ArticleService>().PublishDueAsync(stoppingToken);
                if (published > 0)
                {
                    logger.LogInformation("Published {Count} scheduled article(s).", published);
                }
                var now = clock.GetUtcNow().UtcDateTime;
                var next = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles
                    .Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt > now)
                    .MinAsync(a => a.PublishedAt, stoppingToken);
                if (next - now is { } untilNext && untilNext < wait)
                {
                    wait = untilNext;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Publishing scheduled articles failed; retrying at the next tick.");
            }

            var delay = Task.Delay(wait, clock, stoppingToken);
            Volatile.Read(ref _sleeping).TrySetResult();
            Interlocked.Exchange(ref _passed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(published);
            try
            {
                await delay;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            Volatile.Write(ref _sleeping, new(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }
}
