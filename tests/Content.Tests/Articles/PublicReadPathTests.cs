using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Tests.Support;

namespace ThiDuaCms.Content.Tests.Articles;

/// <summary>The public read path's derived data: the public columns on the article, the reference snapshot, stored times.</summary>
public sealed class PublicReadPathTests : IAsyncLifetime
{
    private TempContentDatabase _database = null!;
    private Category _category = null!;

    public async Task InitializeAsync()
    {
        _database = await TempContentDatabase.CreateAsync();
        _category = await _database.AddCategoryAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Public_columns_follow_publish_schedule_archive_and_cancel()
    {
        var draft = await _database.CreateAsync(_category.Input("Bài theo dõi cột công khai"), Actors.Author);
        Assert.Equal((null, null, null), await PublicColumnsAsync(draft.Id));

        Assert.True((await _database.MoveAsync(draft.Id, ArticleStatus.InReview, Actor.System)).Succeeded);
        // 31/12/2024 18:00 UTC is 01/01/2025 01:00 in Vietnam.
        var newYearEve = new DateTime(2024, 12, 31, 18, 0, 0, DateTimeKind.Utc);
        Assert.True((await _database.MoveAsync(draft.Id, ArticleStatus.Published, Actor.System, newYearEve)).Succeeded);
        Assert.Equal((newYearEve, 2025, 1), await PublicColumnsAsync(draft.Id));

        Assert.True((await _database.MoveAsync(draft.Id, ArticleStatus.Archived, Actor.System)).Succeeded);
        Assert.Equal((null, null, null), await PublicColumnsAsync(draft.Id));

        // A scheduled article is public from its due time: PublicAt is set at once, and the visibility rule compares it with now.
        var other = await _database.CreateAsync(_category.Input("Bài hẹn giờ"), Actors.Author);
        Assert.True((await _database.MoveAsync(other.Id, ArticleStatus.InReview, Actor.System)).Succeeded);
        var due = _database.NowUtc.AddDays(2);
        Assert.True((await _database.MoveAsync(other.Id, ArticleStatus.Scheduled, Actor.System, due)).Succeeded);
        var local = ThiDuaCms.Content.Text.VietnamTime.ToLocal(due);
        Assert.Equal((due, local.Year, local.Month), await PublicColumnsAsync(other.Id));
        Assert.Equal(0, await CountVisibleAsync(other.Id, _database.NowUtc));
        Assert.Equal(1, await CountVisibleAsync(other.Id, due));

        // Cancelling the schedule hides it again.
        Assert.True((await _database.MoveAsync(other.Id, ArticleStatus.Draft, Actor.System)).Succeeded);
        Assert.Equal((null, null, null), await PublicColumnsAsync(other.Id));
    }

    [Fact]
    public async Task Publishing_with_a_future_date_is_refused_even_for_the_system()
    {
        // It would appear at that time with no ArticlePublished ever announced (only schedules are announced on time).
        var article = await _database.CreateAsync(_category.Input("Bài dời ngày xuất bản"), Actors.Author);
        Assert.True((await _database.MoveAsync(article.Id, ArticleStatus.InReview, Actor.System)).Succeeded);

        var result = await _database.MoveAsync(article.Id, ArticleStatus.Published, Actor.System, _database.NowUtc.AddDays(1));

        Assert.False(result.Succeeded);
        Assert.Equal("PublishAt", result.Field);
        Assert.Equal((null, null, null), await PublicColumnsAsync(article.Id));
    }

    [Fact]
    public async Task Snapshot_reflects_a_publish_once_the_handler_ran()
    {
        await _database.StartDispatcherAsync();
        var before = await SnapshotAsync();
        Assert.Empty(before.Years);
        Assert.Equal(0, before.VisibleCount);

        // Publishing appends ArticlePublished to the change log; the dispatcher hands it to the snapshot's handler.
        var article = await _database.CreateAsync(_category.Input("Bài làm mới ảnh chụp"), Actors.Author);
        Assert.True((await _database.MoveAsync(article.Id, ArticleStatus.InReview, Actor.System)).Succeeded);
        var at = new DateTime(2025, 6, 10, 2, 0, 0, DateTimeKind.Utc);
        Assert.True((await _database.MoveAsync(article.Id, ArticleStatus.Published, Actor.System, at)).Succeeded);
        await _database.DeliveredAsync(typeof(RefreshSnapshotOnContentChange));

        var after = await SnapshotAsync();
        Assert.Equal([2025], after.Years);
        Assert.Equal([new ArchiveMonth(2025, 6, 1)], after.ArchiveMonths);
        Assert.Equal(1, after.VisibleCount);
        Assert.Contains(after.Categories, c => c.Slug == _category.Slug);
    }

    [Fact]
    public async Task Snapshot_handler_reloads_on_reference_data_and_not_on_a_private_save()
    {
        var store = _database.Services.GetRequiredService<ReferenceSnapshotStore>();
        var first = await store.GetAsync();

        var handler = _database.Services.GetRequiredService<IDomainEventHandler<ArticleSaved>>();
        await handler.HandleAsync(new ArticleSaved(1, "nhap", IsPublic: false), CancellationToken.None);
        Assert.Same(first, await store.GetAsync());

        await _database.Services.GetRequiredService<IDomainEventHandler<ReferenceDataChanged>>()
            .HandleAsync(new ReferenceDataChanged("Categories"), CancellationToken.None);
        Assert.NotSame(first, await store.GetAsync());

        var perInstance = Assert.IsAssignableFrom<IPerInstanceHandler>(handler);
        Assert.Null(await perInstance.LoadPositionAsync(CancellationToken.None));
        await perInstance.RebuildAsync(42, CancellationToken.None);
        Assert.Equal(42, await perInstance.LoadPositionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_time_of_unspecified_kind_is_refused_not_taken_as_server_time()
    {
        await using var scope = _database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var unspecified = new DateTime(2025, 1, 1, 8, 0, 0, DateTimeKind.Unspecified);
        db.Articles.Add(new Article
        {
            Title = "Giờ không rõ múi", Slug = "gio-khong-ro-mui", CategoryId = _category.Id,
            CreatedAt = unspecified, UpdatedAt = unspecified,
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());
        Assert.Contains("unspecified kind", error.ToString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.Articles.Where(a => a.PublicAt <= unspecified).CountAsync());
    }

    private async Task<ReferenceSnapshot> SnapshotAsync()
    {
        await using var scope = _database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ArticleReader>().SnapshotAsync();
    }

    private async Task<(DateTime? PublicAt, int? Year, int? Month)> PublicColumnsAsync(int id)
    {
        var article = await _database.ReadArticleAsync(id);
        return (article!.PublicAt, article.PublicYear, article.PublicMonth);
    }

    private async Task<int> CountVisibleAsync(int id, DateTime now)
    {
        await using var scope = _database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.VisibleAt(now).CountAsync(a => a.Id == id);
    }
}
