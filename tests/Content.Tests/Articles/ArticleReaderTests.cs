using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Tests.Support;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Articles;

public sealed class ArticleReaderTests : IAsyncLifetime
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
    public async Task Old_slug_of_a_withdrawn_article_leads_nowhere()
    {
        var article = await PublishAsync("Bài sẽ lưu trữ", _database.NowUtc.AddDays(-1));
        await using (var scope = _database.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<ArticleService>();
            var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
            Assert.True((await editor.UpdateAsync(article.Id, Input("Bài sẽ lưu trữ") with { Slug = "ten-moi-chua-cong-bo" }, article.Version, Actor.System)).Succeeded);
            Assert.True((await service.MoveAsync(article.Id, ArticleStatus.Archived, Actor.System)).Succeeded);
        }

        var lookup = await FindAsync(article.Slug);

        Assert.Same(ArticleLookup.NotFound, lookup);
    }

    [Fact]
    public async Task Old_slug_of_a_draft_leads_nowhere()
    {
        string oldSlug;
        await using (var scope = _database.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<ArticleService>();
            var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
            var draft = (await editor.CreateAsync(Input("Bản nháp đổi tên"), Actor.System)).Value!;
            oldSlug = draft.Slug;
            Assert.True((await editor.UpdateAsync(draft.Id, Input("Bản nháp đổi tên") with { Slug = "nhap-ten-moi" }, draft.Version, Actor.System)).Succeeded);
        }

        Assert.Same(ArticleLookup.NotFound, await FindAsync(oldSlug));
        Assert.Same(ArticleLookup.NotFound, await FindAsync("nhap-ten-moi"));
    }

    [Fact]
    public async Task Neighbours_are_the_previous_and_next_public_articles_in_time()
    {
        var start = _database.NowUtc.AddDays(-10);
        var first = await PublishAsync("Thứ nhất", start);
        var second = await PublishAsync("Thứ hai", start.AddDays(1));
        await using (var scope = _database.Scope())
        {
            // A draft between them is skipped.
            await scope.ServiceProvider.GetRequiredService<ArticleEditor>().CreateAsync(Input("Nháp ở giữa"), Actor.System);
        }
        var third = await PublishAsync("Thứ ba", start.AddDays(2));

        var detail = (await FindAsync(second.Slug)).Found!;

        Assert.Equal(first.Slug, detail.Previous?.Slug);
        Assert.Equal(third.Slug, detail.Next?.Slug);
        Assert.Null((await FindAsync(first.Slug)).Found!.Previous);
        Assert.Null((await FindAsync(third.Slug)).Found!.Next);
    }

    [Fact]
    public async Task Years_and_months_follow_Vietnam_time()
    {
        // 31/12/2024 18:00 UTC is already 01/01/2025 in Vietnam.
        var newYear = await PublishAsync("Đêm giao thừa", new DateTime(2024, 12, 31, 18, 0, 0, DateTimeKind.Utc));
        var lastDay = await PublishAsync("Ngày cuối năm", new DateTime(2024, 12, 31, 9, 0, 0, DateTimeKind.Utc));

        await using var scope = _database.Scope();
        var reader = scope.ServiceProvider.GetRequiredService<ArticleReader>();
        var in2025 = await reader.ListAsync(new ArticleFilter { Year = 2025 }, 1, 10);
        var inDecember = await reader.ListAsync(new ArticleFilter { Year = 2024, Month = 12 }, 1, 10);

        Assert.Equal([newYear.Slug], in2025.Items.Select(a => a.Slug));
        Assert.Equal([lastDay.Slug], inDecember.Items.Select(a => a.Slug));
        Assert.Equal([new ArchiveMonth(2025, 1, 1), new ArchiveMonth(2024, 12, 1)], await reader.ArchiveMonthsAsync());
        Assert.Equal([2025, 2024], await reader.YearsAsync());
    }

    [Fact]
    public async Task Pages_split_the_list_newest_first()
    {
        var start = _database.NowUtc.AddDays(-30);
        var slugs = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            slugs.Insert(0, (await PublishAsync($"Bài số {i + 1}", start.AddDays(i))).Slug);
        }

        await using var scope = _database.Scope();
        var reader = scope.ServiceProvider.GetRequiredService<ArticleReader>();
        var page1 = await reader.ListAsync(new ArticleFilter(), 1, 2);
        var page3 = await reader.ListAsync(new ArticleFilter(), 3, 2);

        Assert.Equal(slugs.Take(2), page1.Items.Select(a => a.Slug));
        Assert.Equal(slugs.Skip(4), page3.Items.Select(a => a.Slug));
        Assert.Equal((5, 3), (page1.TotalCount, page1.TotalPages));
        Assert.True(page1.HasNext);
        Assert.False(page3.HasNext);
    }

    private ArticleInput Input(string title) => new() { Title = title, BodyMarkdown = "Nội dung.", CategoryId = _category.Id };

    private async Task<Article> PublishAsync(string title, DateTime publishAt)
    {
        await using var scope = _database.Scope();
        var service = scope.ServiceProvider.GetRequiredService<ArticleService>();
            var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
        var article = (await editor.CreateAsync(Input(title), Actor.System)).Value!;
        await service.MoveAsync(article.Id, ArticleStatus.InReview, Actor.System);
        var published = await service.MoveAsync(article.Id, ArticleStatus.Published, Actor.System, publishAt);
        Assert.True(published.Succeeded, published.Error);
        Assert.Equal(VietnamTime.ToLocal(publishAt), VietnamTime.ToLocal(published.Value!.PublishedAt!.Value));
        return published.Value;
    }

    private async Task<ArticleLookup> FindAsync(string slug)
    {
        await using var scope = _database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ArticleReader>().FindAsync(slug);
    }
}
