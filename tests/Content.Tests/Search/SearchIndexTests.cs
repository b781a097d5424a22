using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Search;
using ThiDuaCms.Content.Tests.Support;

namespace ThiDuaCms.Content.Tests.Search;

/// <summary>The index follows the change log: only what the public sees is found, and it is rebuilt from the database when lost.</summary>
public sealed class SearchIndexTests : IAsyncLifetime
{
    private SearchTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await SearchTestBed.CreateAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_draft_is_never_found_a_published_article_is_and_an_archived_one_is_gone()
    {
        var draft = await _bed.Database.CreateAsync(_bed.Category.Input("Sáng kiến túi chườm thảo dược"), Actors.Author);
        await _bed.IndexedAsync();
        Assert.Empty(_bed.Titles("túi chườm"));

        await _bed.Database.ArrangeStatusAsync(draft, ArticleStatus.Published);
        await _bed.IndexedAsync();
        Assert.Equal(["Sáng kiến túi chườm thảo dược"], _bed.Titles("tui chuom"));

        var archived = await _bed.Database.MoveAsync(draft.Id, ArticleStatus.Archived, Actors.Editor);
        Assert.True(archived.Succeeded, archived.Error);
        await _bed.IndexedAsync();
        Assert.Empty(_bed.Titles("túi chườm"));
    }

    [Fact]
    public async Task An_article_in_review_or_scheduled_for_later_is_not_found()
    {
        await _bed.Database.ArrangeAsync(_bed.Category.Input("Bài chờ duyệt về giác hơi"), ArticleStatus.InReview);
        await _bed.Database.ArrangeAsync(_bed.Category.Input("Bài hẹn giờ về giác hơi"), ArticleStatus.Scheduled);
        await _bed.PublishAsync("Bài đã đăng về giác hơi");
        await _bed.IndexedAsync();
        Assert.Equal(["Bài đã đăng về giác hơi"], _bed.Titles("giác hơi"));
    }

    [Fact]
    public async Task A_scheduled_article_is_found_once_the_publisher_has_published_it_at_its_time()
    {
        await _bed.Database.ArrangeAsync(_bed.Category.Input("Bài hẹn giờ về ngâm chân thảo dược"), ArticleStatus.Scheduled);
        await _bed.IndexedAsync();
        Assert.Empty(_bed.Titles("ngâm chân"));

        _bed.Database.Clock.Advance(TimeSpan.FromDays(2));
        await using (var scope = _bed.Database.Scope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ArticleService>().PublishDueAsync(CancellationToken.None));
        }
        await _bed.IndexedAsync();
        Assert.Equal(["Bài hẹn giờ về ngâm chân thảo dược"], _bed.Titles("ngam chan"));
    }

    [Fact]
    public async Task An_edit_of_a_public_article_is_found_under_its_new_words_only()
    {
        var article = await _bed.PublishAsync("Tập dưỡng sinh buổi sáng");
        await _bed.IndexedAsync();
        var stored = (await _bed.Database.ReadArticleAsync(article.Id))!;
        var updated = await _bed.Database.UpdateAsync(article.Id, _bed.Category.Input("Tập khí công buổi chiều"), stored.Version, Actors.Editor);
        Assert.True(updated.Succeeded, updated.Error);
        await _bed.IndexedAsync();
        Assert.Empty(_bed.Titles("dưỡng sinh"));
        Assert.Equal(["Tập khí công buổi chiều"], _bed.Titles("khi cong"));
    }

    [Fact]
    public async Task A_restart_keeps_the_index_and_its_position_without_rebuilding()
    {
        await _bed.PublishAsync("Bấm huyệt chữa đau đầu");
        await _bed.IndexedAsync();
        var folder = _bed.Index.LiveFolder!;
        await StopFirstInstanceAsync();
        // A lock file left behind, as by a killed process: the operating system's lock died with it.
        await File.WriteAllTextAsync(Path.Combine(folder, "write.lock"), "");

        await using var restarted = await RestartedInstance.StartAsync(_bed);
        Assert.Equal(folder, restarted.Index.LiveFolder);
        Assert.Equal(["Bấm huyệt chữa đau đầu"], SearchTestBed.Titles(restarted.Search, "bam huyet"));
    }

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_from_the_database_at_the_next_start_with_the_same_results()
    {
        await _bed.PublishAsync("Bấm huyệt chữa đau đầu", "Kỹ thuật bấm huyệt đơn giản.");
        await _bed.PublishAsync("Xoa bóp giảm đau vai gáy", "Đau đầu, mỏi vai gáy.");
        await _bed.Database.ArrangeAsync(_bed.Category.Input("Bản nháp về đau đầu"), ArticleStatus.Draft);
        await _bed.IndexedAsync();
        var before = _bed.Titles("đau đầu");
        Assert.Equal(2, before.Count);
        await StopFirstInstanceAsync();

        Directory.Delete(Path.Combine(_bed.Paths.DataDirectory, "search"), recursive: true);

        await using var restarted = await RestartedInstance.StartAsync(_bed);
        // The same documents; close scores may swap, as deleted documents of the old index still counted in its statistics.
        Assert.Equal(before.Order(), SearchTestBed.Titles(restarted.Search, "đau đầu").Order());
    }

    [Fact]
    public async Task A_corrupt_index_file_is_rebuilt_from_the_database_at_the_next_start_with_the_same_results()
    {
        await _bed.PublishAsync("Bấm huyệt chữa đau đầu", "Kỹ thuật bấm huyệt đơn giản.");
        await _bed.PublishAsync("Xoa bóp giảm đau vai gáy", "Đau đầu, mỏi vai gáy.");
        await _bed.IndexedAsync();
        var before = _bed.Titles("đau đầu");
        var folder = _bed.Index.LiveFolder!;
        await StopFirstInstanceAsync();

        // Every file of the index but the lock truncated to garbage: segments, stored fields, postings.
        foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            await File.WriteAllBytesAsync(file, [1, 2, 3, 4, 5, 6, 7]);
        }

        await using var restarted = await RestartedInstance.StartAsync(_bed);
        Assert.NotEqual(folder, restarted.Index.LiveFolder);
        // The same documents; close scores may swap, as deleted documents of the old index still counted in its statistics.
        Assert.Equal(before.Order(), SearchTestBed.Titles(restarted.Search, "đau đầu").Order());
        Assert.False(Directory.Exists(folder), "The corrupt folder is deleted once the rebuilt one is live.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task One_damaged_index_file_is_detected_at_the_next_start_and_rebuilt(int fileNumber)
    {
        await _bed.PublishAsync("Bấm huyệt chữa đau đầu", "Kỹ thuật bấm huyệt đơn giản.");
        await _bed.PublishAsync("Xoa bóp giảm đau vai gáy", "Đau đầu, mỏi vai gáy.");
        await _bed.IndexedAsync();
        var before = _bed.Titles("đau đầu");
        var folder = _bed.Index.LiveFolder!;
        await StopFirstInstanceAsync();

        // Not segments.gen: a hint Lucene checks and ignores when wrong (it then lists the folder), so damage there is harmless.
        var files = Directory.GetFiles(folder)
            .Where(f => Path.GetFileName(f) is not ("write.lock" or "segments.gen"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var file = files[fileNumber % files.Count];
        // A few bytes flipped in the middle, as a bad disk sector would: the length stays, only a checksum can tell.
        var bytes = await File.ReadAllBytesAsync(file);
        for (var i = bytes.Length / 2; i < Math.Min(bytes.Length, bytes.Length / 2 + 4); i++)
        {
            bytes[i] ^= 0xFF;
        }
        await File.WriteAllBytesAsync(file, bytes);

        await using var restarted = await RestartedInstance.StartAsync(_bed);
        Assert.True(restarted.Index.LiveFolder != folder, $"{Path.GetFileName(file)} damaged, yet the index was kept.");
        Assert.Equal(before.Order(), SearchTestBed.Titles(restarted.Search, "đau đầu").Order());
    }

    [Fact]
    public async Task A_change_committed_while_no_instance_ran_is_found_after_the_start()
    {
        await _bed.PublishAsync("Bấm huyệt chữa đau đầu");
        await _bed.IndexedAsync();
        await StopFirstInstanceAsync();
        // Committed with the entry in the log, never delivered: the restarted handler applies it from its saved position.
        await _bed.PublishAsync("Cứu ngải làm ấm cơ thể");

        await using var restarted = await RestartedInstance.StartAsync(_bed);
        Assert.Equal(["Cứu ngải làm ấm cơ thể"], SearchTestBed.Titles(restarted.Search, "cuu ngai"));
    }

    /// <summary>The first instance stops delivering and closes its index, as a stopped process would.</summary>
    private async Task StopFirstInstanceAsync()
    {
        await _bed.Database.Dispatcher.StopAsync(CancellationToken.None);
        _bed.Index.Dispose();
    }
}

/// <summary>Before any index exists (a first start, a rebuild under way), search answers "unavailable", never an error.</summary>
public sealed class SearchWithoutIndexTests
{
    [Fact]
    public void Search_before_the_first_rebuild_answers_unavailable()
    {
        var paths = new ContentPaths(Path.Combine(Path.GetTempPath(), "thiduacms-content-tests", "no-index-" + Guid.NewGuid().ToString("N")));
        try
        {
            using var index = new SearchIndex(paths, Microsoft.Extensions.Logging.Abstractions.NullLogger<SearchIndex>.Instance);
            var search = new SiteSearch(index, Microsoft.Extensions.Logging.Abstractions.NullLogger<SiteSearch>.Instance);
            Assert.Equal(SearchState.Unavailable, search.Search("điển hình", 1, 10).State);
            Assert.Equal(SearchState.NoQuery, search.Search("", 1, 10).State);
            Assert.Null(index.Position());
        }
        finally
        {
            Directory.Delete(paths.DataDirectory, recursive: true);
        }
    }
}
