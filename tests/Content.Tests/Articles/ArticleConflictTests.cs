using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Tests.Support;
using static ThiDuaCms.Content.Articles.ArticleStatus;

namespace ThiDuaCms.Content.Tests.Articles;

/// <summary>Two people editing the same article: the second save never silently overwrites the first.</summary>
public sealed class ArticleConflictTests(ContentDatabaseFixture fixture) : IClassFixture<ContentDatabaseFixture>
{
    private readonly TempContentDatabase _database = fixture.Database;
    private readonly Category _category = fixture.Category;

    [Fact]
    public async Task The_second_editor_gets_a_conflict_with_the_first_editors_text_and_stores_nothing()
    {
        var article = await _database.CreateAsync(_category.Input("Bản chung", "Nội dung chung."), Actors.Author);
        var openedByFirst = await _database.WithEditorAsync(s => s.GetForEditAsync(article.Id));
        var openedBySecond = await _database.WithEditorAsync(s => s.GetForEditAsync(article.Id));
        Assert.Equal(openedByFirst!.Version, openedBySecond!.Version);

        var first = await _database.UpdateAsync(article.Id, _category.Input("Bản của Tâm", "Tâm đã sửa."), openedByFirst.Version, Actors.Editor);
        var second = await _database.UpdateAsync(article.Id, _category.Input("Bản của Việt", "Việt đã sửa."), openedBySecond.Version, Actors.OtherEditor);

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(OperationStatus.Conflict, second.Status);
        Assert.Equal(
            "Bài viết đã được người khác lưu sau khi bạn mở. Bản của bạn chưa được lưu: hãy so sánh hai bản dưới đây, chỉnh lại rồi lưu lần nữa.",
            second.Error);
        Assert.Equal(("Bản của Tâm", "Tâm đã sửa.", first.Value!.Version), (second.Value!.Title, second.Value.BodyMarkdown, second.Value.Version));

        var stored = (await _database.ReadArticleAsync(article.Id))!;
        Assert.Equal(("Bản của Tâm", "Tâm đã sửa."), (stored.Title, stored.BodyMarkdown));
        var revisions = await _database.RevisionsAsync(article.Id);
        Assert.Equal(2, revisions.Count);
        Assert.DoesNotContain(revisions, r => r.BodyMarkdown == "Việt đã sửa.");
    }

    [Fact]
    public async Task After_a_conflict_the_second_editor_can_save_on_the_new_version()
    {
        var article = await _database.CreateAsync(_category.Input("Bản mở cùng lúc", "Gốc."), Actors.Author);
        var opened = article.Version;
        Assert.True((await _database.UpdateAsync(article.Id, _category.Input("Bản mở cùng lúc", "Của người thứ nhất."), opened, Actors.Editor)).Succeeded);
        var conflict = await _database.UpdateAsync(article.Id, _category.Input("Bản mở cùng lúc", "Của người thứ hai."), opened, Actors.OtherEditor);
        Assert.Equal(OperationStatus.Conflict, conflict.Status);

        var retry = await _database.UpdateAsync(article.Id, _category.Input("Bản mở cùng lúc", "Của người thứ hai."), conflict.Value!.Version, Actors.OtherEditor);

        Assert.True(retry.Succeeded, retry.Error);
        Assert.Equal("Của người thứ hai.", (await _database.ReadArticleAsync(article.Id))!.BodyMarkdown);
        Assert.Equal(
            ["Gốc.", "Của người thứ nhất.", "Của người thứ hai."],
            (await _database.RevisionsAsync(article.Id)).Select(r => r.BodyMarkdown));
    }

    [Fact]
    public async Task A_move_since_opening_also_makes_the_save_a_conflict()
    {
        var article = await _database.ArrangeAsync(_category.Input("Đang duyệt", "Bản gửi duyệt."), InReview);
        var opened = article.Version;
        Assert.True((await _database.MoveAsync(article.Id, Published, Actors.OtherEditor)).Succeeded);

        var stale = await _database.UpdateAsync(article.Id, _category.Input("Đang duyệt", "Sửa trên bản cũ."), opened, Actors.Editor);

        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.Equal(Published, stale.Value!.Status);
        Assert.Equal("Bản gửi duyệt.", (await _database.ReadArticleAsync(article.Id))!.BodyMarkdown);
    }
}
