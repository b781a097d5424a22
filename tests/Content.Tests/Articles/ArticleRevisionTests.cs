using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Tests.Support;
using static ThiDuaCms.Content.Articles.ArticleStatus;

namespace ThiDuaCms.Content.Tests.Articles;

/// <summary>Every save keeps a revision; restoring brings old text back as a new one and never deletes anything.</summary>
public sealed class ArticleRevisionTests(ContentDatabaseFixture fixture) : IClassFixture<ContentDatabaseFixture>
{
    private readonly TempContentDatabase _database = fixture.Database;
    private readonly Category _category = fixture.Category;

    [Fact]
    public async Task Creating_keeps_revision_1_with_the_text_and_who_saved_it()
    {
        var article = await _database.CreateAsync(_category.Input("Bản đầu tiên", "Đoạn mở đầu.") with { Summary = "Tóm tắt đầu." }, Actors.Author);

        var revision = Assert.Single(await _database.RevisionsAsync(article.Id));
        Assert.Equal(
            (1, "Bản đầu tiên", "Tóm tắt đầu.", "Đoạn mở đầu.", article.Slug, Actors.Author.Name, (string?)null, _database.NowUtc),
            (revision.Number, revision.Title, revision.Summary, revision.BodyMarkdown, revision.Slug, revision.SavedBy, revision.Note, revision.SavedAt));
    }

    [Fact]
    public async Task Every_save_adds_one_revision_and_moves_add_none()
    {
        var article = await _database.CreateAsync(_category.Input("Lần 1", "Nội dung 1."), Actors.Author);
        article = await SaveAsync(article, "Lần 2", "Nội dung 2.", Actors.Author);
        Assert.True((await _database.MoveAsync(article.Id, InReview, Actors.Author)).Succeeded);
        article = (await _database.ReadArticleAsync(article.Id))!;
        article = await SaveAsync(article, "Lần 3", "Nội dung 3.", Actors.Editor);

        var revisions = await _database.RevisionsAsync(article.Id);

        Assert.Equal(
            [(1, "Lần 1", "Nội dung 1.", Actors.Author.Name), (2, "Lần 2", "Nội dung 2.", Actors.Author.Name), (3, "Lần 3", "Nội dung 3.", Actors.Editor.Name)],
            revisions.Select(r => (r.Number, r.Title, r.BodyMarkdown, r.SavedBy)));
    }

    [Fact]
    public async Task Restoring_brings_back_the_old_text_as_a_new_revision_and_deletes_nothing()
    {
        var article = await _database.CreateAsync(_category.Input("Tiêu đề gốc", "## Gốc\n\nĐoạn gốc.") with { Summary = "Tóm tắt gốc." }, Actors.Author);
        article = await SaveAsync(article, "Tiêu đề hai", "Đoạn hai.", Actors.Author);
        article = await SaveAsync(article, "Tiêu đề ba", "Đoạn ba.", Actors.Editor);
        var before = await _database.RevisionsAsync(article.Id);

        var restored = await _database.WithEditorAsync(s => s.RestoreAsync(article.Id, 1, Actors.Editor));

        Assert.True(restored.Succeeded, restored.Error);
        var stored = (await _database.ReadArticleAsync(article.Id))!;
        Assert.Equal(("Tiêu đề gốc", "Tóm tắt gốc.", "## Gốc\n\nĐoạn gốc."), (stored.Title, stored.Summary, stored.BodyMarkdown));
        Assert.Contains("Đoạn gốc.", stored.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Đoạn ba.", stored.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(article.Version + 1, stored.Version);

        var after = await _database.RevisionsAsync(article.Id);
        Assert.Equal([1, 2, 3, 4], after.Select(r => r.Number));
        Assert.Equal(
            before.Select(r => (r.Number, r.Title, r.BodyMarkdown)),
            after.Take(3).Select(r => (r.Number, r.Title, r.BodyMarkdown)));
        var newest = after[^1];
        Assert.Equal(
            ("Tiêu đề gốc", "Tóm tắt gốc.", "## Gốc\n\nĐoạn gốc.", "Khôi phục từ phiên bản 1", Actors.Editor.Name),
            (newest.Title, newest.Summary, newest.BodyMarkdown, newest.Note, newest.SavedBy));
    }

    [Fact]
    public async Task Restoring_then_saving_keeps_counting_up()
    {
        var article = await _database.CreateAsync(_category.Input("Một", "A."), Actors.Author);
        article = await SaveAsync(article, "Hai", "B.", Actors.Author);
        await _database.WithEditorAsync(s => s.RestoreAsync(article.Id, 1, Actors.Author));
        article = (await _database.ReadArticleAsync(article.Id))!;
        await SaveAsync(article, "Ba", "C.", Actors.Author);

        Assert.Equal(
            [(1, "A."), (2, "B."), (3, "A."), (4, "C.")],
            (await _database.RevisionsAsync(article.Id)).Select(r => (r.Number, r.BodyMarkdown)));
    }

    [Fact]
    public async Task Restoring_an_unknown_revision_or_article_is_not_found_and_adds_nothing()
    {
        var article = await _database.CreateAsync(_category.Input("Chỉ một bản"), Actors.Author);

        var noRevision = await _database.WithEditorAsync(s => s.RestoreAsync(article.Id, 9, Actors.Editor));
        var noArticle = await _database.WithEditorAsync(s => s.RestoreAsync(987654, 1, Actors.Editor));

        Assert.Equal((OperationStatus.NotFound, "Không tìm thấy phiên bản 9."), (noRevision.Status, noRevision.Error));
        Assert.Equal(OperationStatus.NotFound, noArticle.Status);
        Assert.Single(await _database.RevisionsAsync(article.Id));
    }

    [Theory]
    [InlineData(Who.AuthorOther, Draft)]
    [InlineData(Who.AuthorOwn, InReview)]
    [InlineData(Who.Clerk, Draft)]
    [InlineData(Who.Administrator, Draft)]
    public async Task Restoring_needs_the_right_to_edit(Who who, ArticleStatus status)
    {
        var article = await _database.CreateAsync(_category.Input("Bản một", "Một."), Actors.Author);
        article = await SaveAsync(article, "Bản hai", "Hai.", Actors.Author);
        article = await _database.ArrangeStatusAsync(article, status);

        var result = await _database.WithEditorAsync(s => s.RestoreAsync(article.Id, 1, who.Actor()));

        Assert.Equal(OperationStatus.Forbidden, result.Status);
        Assert.Equal("Hai.", (await _database.ReadArticleAsync(article.Id))!.BodyMarkdown);
        Assert.Equal(2, (await _database.RevisionsAsync(article.Id)).Count);
    }

    private async Task<Article> SaveAsync(Article article, string title, string body, ThiDuaCms.Content.Accounts.Actor actor)
    {
        var saved = await _database.UpdateAsync(article.Id, _category.Input(title, body), article.Version, actor);
        Assert.True(saved.Succeeded, saved.Error);
        return saved.Value!;
    }
}
