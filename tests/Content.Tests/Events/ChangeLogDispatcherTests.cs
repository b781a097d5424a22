using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Data.Seed;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Tests.Support;

namespace ThiDuaCms.Content.Tests.Events;

/// <summary>The change log delivers what was committed, after the commit, to every handler, whatever fails or dies.</summary>
public sealed class ChangeLogDispatcherTests : IAsyncLifetime
{
    private readonly Recorder _recorder = new();
    private readonly FailingTwice _failing = new();
    private TempContentDatabase _database = null!;
    private Category _category = null!;

    public async Task InitializeAsync()
    {
        _database = await TempContentDatabase.CreateAsync(configure: services =>
        {
            services.AddSingleton<IDomainEventHandler<ArticleSaved>>(_recorder);
            services.AddSingleton<IDomainEventHandler<ArticlePublished>>(_recorder);
            services.AddSingleton<IDomainEventHandler<ReferenceDataChanged>>(_recorder);
            services.AddSingleton<IDomainEventHandler<ArticleSaved>>(_failing);
        });
        _recorder.ConnectionString = _database.ConnectionString;
        _category = await _database.AddCategoryAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_handler_that_throws_is_retried_and_the_others_still_run()
    {
        await _database.StartDispatcherAsync();

        var article = await _database.CreateAsync(_category.Input("Bài có người xử lý lỗi"), Actors.Author);

        await _database.DeliveredAsync(typeof(Recorder));
        Assert.Contains(new ArticleSaved(article.Id, article.Slug, false), _recorder.Events);
        await _database.DeliveredAsync(typeof(FailingTwice));
        Assert.Equal(3, _failing.Attempts);
        Assert.Equal([new ArticleSaved(article.Id, article.Slug, false)], _failing.Handled);
    }

    [Fact]
    public async Task No_event_reaches_handlers_for_a_rolled_back_transaction()
    {
        await _database.StartDispatcherAsync();
        await using (var scope = _database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var created = await scope.ServiceProvider.GetRequiredService<ArticleEditor>().CreateAsync(_category.Input("Không bao giờ có"), Actors.Author);
            Assert.True(created.Succeeded, created.Error);
            await transaction.RollbackAsync();
        }
        var kept = await _database.CreateAsync(_category.Input("Bài được lưu"), Actors.Author);

        await _database.DeliveredAsync();

        Assert.Equal([new ArticleSaved(kept.Id, kept.Slug, false)], _recorder.Events);
        Assert.Equal([new ArticleSaved(kept.Id, kept.Slug, false)], await _database.ChangeLogAsync());
    }

    [Fact]
    public async Task The_seeders_events_arrive_after_its_commit()
    {
        await _database.StartDispatcherAsync();
        await using (var scope = _database.Scope())
        {
            // The demo content brings its own categories.
            await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Categories.ExecuteDeleteAsync();
            Assert.True(await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedIfEmptyAsync());
        }
        await _database.DeliveredAsync();

        var articles = _recorder.Events.OfType<ArticlePublished>().ToList();
        Assert.Equal(DemoContent.Articles.Length, articles.Count);
        Assert.Single(_recorder.Events.OfType<ReferenceDataChanged>());
        // Every handler call saw, from its own connection, all the seeded articles: they ran after the commit.
        Assert.All(_recorder.CommittedArticleCounts, count => Assert.Equal(DemoContent.Articles.Length, count));
    }

    [Fact]
    public async Task A_process_killed_between_commit_and_delivery_delivers_at_the_next_start()
    {
        var testAssembly = typeof(CrashAfterCommit).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", testAssembly, CrashAfterCommit.Mode, _database.ConnectionString, _category.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Bài viết trước sự cố" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        var errors = await child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(child.ExitCode == 137, $"exit {child.ExitCode}: {output} {errors}");
        var articleId = int.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Empty(_recorder.Events);

        await _database.StartDispatcherAsync();
        await _database.DeliveredAsync();

        var saved = Assert.Single(_recorder.Events.OfType<ArticleSaved>());
        Assert.Equal(articleId, saved.ArticleId);
        Assert.Equal("Bài viết trước sự cố", (await _database.ReadArticleAsync(articleId))!.Title);
    }

    [Fact]
    public async Task A_per_instance_handler_without_a_position_rebuilds_first_then_follows_the_log()
    {
        var snapshot = new Snapshot();
        await using var database = await TempContentDatabase.CreateAsync(configure: services =>
            services.AddSingleton<IDomainEventHandler<ArticleSaved>>(snapshot));
        var category = await database.AddCategoryAsync();
        var before = await database.CreateAsync(category.Input("Có trước khi khởi động"), Actors.Author);

        await database.StartDispatcherAsync();
        await database.DeliveredAsync();
        var after = await database.CreateAsync(category.Input("Sau khi khởi động"), Actors.Author);
        await database.DeliveredAsync();

        // The rebuild covered the first article (position 1); only the second came as an event.
        Assert.Equal([1L], snapshot.RebuiltAt);
        Assert.Equal([after.Id], snapshot.Applied.Select(e => e.ArticleId));
        Assert.NotEqual(before.Id, after.Id);
        Assert.Equal(2, snapshot.Position);
    }

    [Fact]
    public async Task Pruning_keeps_the_bounded_tail_and_what_a_once_handler_has_not_handled()
    {
        await using var database = await TempContentDatabase.CreateAsync(configure: services =>
            services.Configure<ChangeLogOptions>(o => o.RetainedEntries = 2));
        var category = await database.AddCategoryAsync();
        for (var i = 1; i <= 5; i++)
        {
            await database.CreateAsync(category.Input($"Bài số {i}"), Actors.Author);
        }
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            db.ChangeLogCursors.Add(new ChangeLogCursor { Subscriber = "Thông báo chậm", Position = 1 });
            await db.SaveChangesAsync();
        }

        await database.Dispatcher.PruneNowAsync();
        Assert.Equal(4, (await database.ChangeLogAsync()).Count);

        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentDbContext>().ChangeLogCursors
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Position, 5));
        }
        await database.Dispatcher.PruneNowAsync();
        Assert.Equal(2, (await database.ChangeLogAsync()).Count);
    }

    /// <summary>A per-instance handler keeping its position in memory, as an in-memory snapshot would.</summary>
    private sealed class Snapshot : IDomainEventHandler<ArticleSaved>, IPerInstanceHandler
    {
        public long? Position { get; private set; }
        public List<long> RebuiltAt { get; } = [];
        public List<ArticleSaved> Applied { get; } = [];

        public Task HandleAsync(ArticleSaved domainEvent, CancellationToken cancellationToken)
        {
            Applied.Add(domainEvent);
            return Task.CompletedTask;
        }

        public ValueTask<long?> LoadPositionAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Position);

        public ValueTask SavePositionAsync(long position, CancellationToken cancellationToken)
        {
            Position = position;
            return ValueTask.CompletedTask;
        }

        public Task RebuildAsync(long position, CancellationToken cancellationToken)
        {
            RebuiltAt.Add(position);
            return Task.CompletedTask;
        }
    }

    /// <summary>Records events and how many articles another connection sees committed at that moment.</summary>
    private sealed class Recorder : IDomainEventHandler<ArticleSaved>, IDomainEventHandler<ArticlePublished>, IDomainEventHandler<ReferenceDataChanged>
    {
        public string ConnectionString { get; set; } = "";
        public ConcurrentQueue<IDomainEvent> Events { get; } = new();
        public ConcurrentQueue<long> CommittedArticleCounts { get; } = new();

        public Task HandleAsync(ArticleSaved domainEvent, CancellationToken cancellationToken) => RecordAsync(domainEvent, cancellationToken);

        public Task HandleAsync(ArticlePublished domainEvent, CancellationToken cancellationToken) => RecordAsync(domainEvent, cancellationToken);

        public Task HandleAsync(ReferenceDataChanged domainEvent, CancellationToken cancellationToken) => RecordAsync(domainEvent, cancellationToken);

        private async Task RecordAsync(IDomainEvent domainEvent, CancellationToken ct)
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM Articles";
            CommittedArticleCounts.Enqueue((long)(await command.ExecuteScalarAsync(ct))!);
            Events.Enqueue(domainEvent);
        }
    }

    /// <summary>Fails on its first two calls, then handles.</summary>
    private sealed class FailingTwice : IDomainEventHandler<ArticleSaved>
    {
        public int Attempts { get; private set; }
        public List<ArticleSaved> Handled { get; } = [];

        public Task HandleAsync(ArticleSaved domainEvent, CancellationToken cancellationToken)
        {
            if (++Attempts <= 2)
            {
                throw new InvalidOperationException("Lỗi thử nghiệm.");
            }
            Handled.Add(domainEvent);
            return Task.CompletedTask;
        }
    }
}
