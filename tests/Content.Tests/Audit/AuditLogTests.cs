using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Tests.Support;
using ThiDuaCms.Content.Text;
using static ThiDuaCms.Content.Articles.ArticleStatus;

namespace ThiDuaCms.Content.Tests.Audit;

public sealed class AuditLogTests : IAsyncLifetime
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
    public async Task Every_transition_is_recorded_with_who_made_it_and_when()
    {
        var expected = new List<(Actor Who, string Action, DateTime At)>();
        var article = await _database.CreateAsync(_category.Input("Bài theo dõi quy trình"), Actors.Author);
        expected.Add((Actors.Author, "Tạo bài viết", _database.NowUtc));

        var scheduledAt = _database.NowUtc.AddDays(1);
        var steps = new (Actor Who, ArticleStatus To, string Action, DateTime? PublishAt, string? Comment)[]
        {
            (Actors.Author, InReview, "Gửi duyệt", null, null),
            (Actors.Editor, Draft, "Trả lại bản nháp", null, "Thiếu số liệu năm 2026."),
            (Actors.Editor, InReview, "Gửi duyệt", null, null),
            (Actors.Editor, Scheduled, "Hẹn giờ xuất bản", scheduledAt, null),
            (Actors.OtherEditor, Draft, "Hủy hẹn giờ", null, null),
            (Actors.Author, InReview, "Gửi duyệt", null, null),
            (Actors.Editor, Scheduled, "Hẹn giờ xuất bản", scheduledAt, null),
            (Actors.Editor, Published, "Xuất bản ngay", null, null),
            (Actors.Editor, Archived, "Lưu trữ", null, null),
            (Actors.OtherEditor, Published, "Xuất bản lại", null, null),
        };
        foreach (var step in steps)
        {
            _database.Clock.Advance(TimeSpan.FromMinutes(3));
            var moved = await _database.MoveAsync(article.Id, step.To, step.Who, step.PublishAt, step.Comment);
            Assert.True(moved.Succeeded, $"{step.Action}: {moved.Error}");
            expected.Add((step.Who, step.Action, _database.NowUtc));
        }

        var entries = await _database.AuditAsync(article.Id);

        Assert.Equal(
            expected.Select(e => (e.Who.UserId, e.Who.Name, e.Action, "Article", article.Id, e.At)),
            entries.Select(e => (e.UserId, e.UserName, e.Action, e.EntityType, e.EntityId, e.At)));
        Assert.All(entries, e => Assert.StartsWith("Bài theo dõi quy trình", e.Details, StringComparison.Ordinal));
        Assert.EndsWith(" – Thiếu số liệu năm 2026.", entries[2].Details, StringComparison.Ordinal);
        Assert.Contains($"({VietnamTime.DateTimeText(scheduledAt)})", entries[4].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_straight_from_review_and_restoring_are_recorded()
    {
        var article = await _database.CreateAsync(_category.Input("Bài của biên tập"), Actors.Editor);
        await _database.MoveAsync(article.Id, InReview, Actors.Editor);
        await _database.MoveAsync(article.Id, Published, Actors.OtherEditor);
        await _database.WithEditorAsync(s => s.RestoreAsync(article.Id, 1, Actors.Editor));

        var entries = await _database.AuditAsync(article.Id);

        Assert.Equal(
            [
                (Actors.Editor.Name, "Tạo bài viết"),
                (Actors.Editor.Name, "Gửi duyệt"),
                (Actors.OtherEditor.Name, "Xuất bản"),
                (Actors.Editor.Name, "Khôi phục phiên bản"),
            ],
            entries.Select(e => (e.UserName, e.Action)));
        Assert.Equal("Bài của biên tập – phiên bản 1", entries[^1].Details);
    }

    [Fact]
    public async Task Refused_and_invalid_moves_leave_no_entry()
    {
        var article = await _database.CreateAsync(_category.Input("Không được chuyển"), Actors.Author);

        await _database.MoveAsync(article.Id, InReview, Actors.OtherAuthor);
        await _database.MoveAsync(article.Id, Published, Actors.Editor);
        await _database.MoveAsync(article.Id, InReview, Actors.Clerk);

        Assert.Equal(["Tạo bài viết"], (await _database.AuditAsync(article.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task The_list_is_newest_first_in_pages_and_filters_by_item()
    {
        var first = await _database.CreateAsync(_category.Input("Thứ nhất"), Actors.Author);
        var second = await _database.CreateAsync(_category.Input("Thứ hai"), Actors.Author);
        await _database.MoveAsync(first.Id, InReview, Actors.Author);

        await using var scope = _database.Scope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var page1 = await audit.ListAsync(1, 2);
        var page2 = await audit.ListAsync(2, 2);
        var onlyFirst = await audit.ListAsync(1, 10, "Article", first.Id);

        Assert.Equal([(first.Id, "Gửi duyệt"), (second.Id, "Tạo bài viết")], page1.Items.Select(e => (e.EntityId, e.Action)));
        Assert.Equal([(first.Id, "Tạo bài viết")], page2.Items.Select(e => (e.EntityId, e.Action)));
        Assert.Equal((3, 2), (page1.TotalCount, page1.TotalPages));
        Assert.Equal(["Gửi duyệt", "Tạo bài viết"], onlyFirst.Items.Select(e => e.Action));
    }
}
