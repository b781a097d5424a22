using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Tests.Support;
using ThiDuaCms.Content.Text;
using static ThiDuaCms.Content.Articles.ArticleStatus;

namespace ThiDuaCms.Content.Tests.Articles;

/// <summary><see cref="ArticleService.PublishDueAsync"/>, what the background publisher calls on every tick.</summary>
public sealed class ScheduledPublishingTests : IAsyncLifetime
{
    private readonly PublishedEvents _events = new();
    private TempContentDatabase _database = null!;
    private Category _category = null!;

    public async Task InitializeAsync()
    {
        _database = await TempContentDatabase.CreateAsync(configure: services =>
            services.AddSingleton<IDomainEventHandler<ArticlePublished>>(_events));
        _category = await _database.AddCategoryAsync();
        await _database.StartDispatcherAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Only_scheduled_articles_whose_time_has_come_are_published()
    {
        var dueAt = _database.NowUtc.AddHours(1);
        var due = await ScheduleAsync("Đến giờ đăng", dueAt);
        var later = await ScheduleAsync("Chưa đến giờ", _database.NowUtc.AddHours(3));
        var inReview = await _database.ArrangeAsync(_category.Input("Đang chờ duyệt"), InReview);
        var draft = await _database.ArrangeAsync(_category.Input("Bản nháp"), Draft);
        var published = await _database.ArrangeAsync(_category.Input("Đã đăng"), Published);
        await _database.DeliveredAsync();
        _events.Seen.Clear();

        _database.Clock.Advance(TimeSpan.FromHours(2));
        var count = await PublishDueAsync();

        Assert.Equal(1, count);
        var stored = (await _database.ReadArticleAsync(due.Id))!;
        Assert.Equal(Published, stored.Status);
        Assert.Equal(dueAt, stored.PublishedAt);
        Assert.Equal(due.Version + 1, stored.Version);
        Assert.Equal(Scheduled, (await _database.ReadArticleAsync(later.Id))!.Status);
        Assert.Equal(InReview, (await _database.ReadArticleAsync(inReview.Id))!.Status);
        Assert.Equal(Draft, (await _database.ReadArticleAsync(draft.Id))!.Status);
        Assert.Equal(published.Version, (await _database.ReadArticleAsync(published.Id))!.Version);
        await _database.DeliveredAsync();
        Assert.Equal([new ArticlePublished(due.Id, due.Slug, dueAt)], _events.Seen);
    }

    [Fact]
    public async Task The_system_records_the_automatic_publication()
    {
        var dueAt = _database.NowUtc.AddMinutes(10);
        var due = await ScheduleAsync("Tự động lên trang", dueAt);

        _database.Clock.Advance(TimeSpan.FromMinutes(11));
        await PublishDueAsync();

        var entry = (await _database.AuditAsync(due.Id))[^1];
        Assert.Equal((null, "Hệ thống", "Tự động xuất bản theo lịch"), (entry.UserId, entry.UserName, entry.Action));
        Assert.Equal($"Tự động lên trang ({VietnamTime.DateTimeText(dueAt)})", entry.Details);
        Assert.Equal(_database.NowUtc, entry.At);
    }

    [Fact]
    public async Task An_article_is_due_at_its_exact_time_and_published_only_once()
    {
        var dueAt = _database.NowUtc.AddMinutes(30);
        var due = await ScheduleAsync("Đúng giờ", dueAt);
        await _database.DeliveredAsync();
        _events.Seen.Clear();

        _database.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(0, await PublishDueAsync());
        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await PublishDueAsync());
        Assert.Equal(0, await PublishDueAsync());

        await _database.DeliveredAsync();
        Assert.Single(_events.Seen);
        Assert.Single(await _database.AuditAsync(due.Id), e => e.Action == "Tự động xuất bản theo lịch");
    }

    [Fact]
    public async Task Nothing_due_publishes_nothing_and_announces_nothing()
    {
        await ScheduleAsync("Tuần sau", _database.NowUtc.AddDays(7));
        await _database.DeliveredAsync();
        _events.Seen.Clear();

        Assert.Equal(0, await PublishDueAsync());
        await _database.DeliveredAsync();
        Assert.Empty(_events.Seen);
    }

    [Fact]
    public async Task The_running_publisher_announces_a_scheduled_article_at_its_time_on_the_clock_not_before()
    {
        var dueAt = _database.NowUtc.AddMinutes(10);
        var due = await ScheduleAsync("Đăng lúc mười giờ mười", dueAt);
        var publisher = _database.Publisher;
        await publisher.StartAsync(CancellationToken.None);
        try
        {
            await publisher.Sleeping.WaitAsync(TimeSpan.FromSeconds(20));
            await _database.DeliveredAsync();
            Assert.Empty(_events.Seen);

            // Nine minutes on: the publisher woke (at most every 30 s) and left the article alone.
            Assert.Equal(0, await AdvanceAsync(publisher, TimeSpan.FromMinutes(9)));
            await _database.DeliveredAsync();
            Assert.Empty(_events.Seen);
            Assert.Equal(Scheduled, (await _database.ReadArticleAsync(due.Id))!.Status);

            Assert.Equal(1, await AdvanceAsync(publisher, TimeSpan.FromMinutes(1)));
            await _database.DeliveredAsync();
            Assert.Equal([new ArticlePublished(due.Id, due.Slug, dueAt)], _events.Seen);
        }
        finally
        {
            await publisher.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Moves the fake clock while the publisher sleeps, and returns what its next pass published.</summary>
    private async Task<int> AdvanceAsync(ScheduledPublisher publisher, TimeSpan by)
    {
        var pass = publisher.NextPass;
        _database.Clock.Advance(by);
        return await pass.WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Cancelling_a_schedule_forgets_its_time_so_a_later_publication_is_dated_when_it_happens()
    {
        var article = await ScheduleAsync("Hoãn đăng", _database.NowUtc.AddHours(1));
        Assert.True((await _database.MoveAsync(article.Id, Draft, Actors.Editor)).Succeeded);
        Assert.Null((await _database.ReadArticleAsync(article.Id))!.PublishedAt);

        // The old time passes while the article is a draft again; the publisher must not touch it.
        _database.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await PublishDueAsync());
        Assert.True((await _database.MoveAsync(article.Id, InReview, Actors.Author)).Succeeded);
        Assert.True((await _database.MoveAsync(article.Id, Published, Actors.Editor)).Succeeded);

        Assert.Equal(_database.NowUtc, (await _database.ReadArticleAsync(article.Id))!.PublishedAt);
    }

    private async Task<Article> ScheduleAsync(string title, DateTime at)
    {
        var article = await _database.ArrangeAsync(_category.Input(title), InReview);
        var scheduled = await _database.MoveAsync(article.Id, Scheduled, Actors.Editor, at);
        Assert.True(scheduled.Succeeded, scheduled.Error);
        return scheduled.Value!;
    }

    private Task<int> PublishDueAsync() => _database.WithServiceAsync(s => s.PublishDueAsync());

    private sealed class PublishedEvents : IDomainEventHandler<ArticlePublished>
    {
        public List<ArticlePublished> Seen { get; } = [];

        public Task HandleAsync(ArticlePublished domainEvent, CancellationToken cancellationToken)
        {
            Seen.Add(domainEvent);
            return Task.CompletedTask;
        }
    }
}
