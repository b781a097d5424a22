using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Tests.Support;

namespace ThiDuaCms.Content.Tests.Articles;

/// <summary>The split services working together: lengths, races on unique slugs and tags, save-and-move in one transaction.</summary>
public sealed class ArticleEditorTests(ContentDatabaseFixture fixture) : IClassFixture<ContentDatabaseFixture>
{
    private TempContentDatabase Database => fixture.Database;
    private Category Category => fixture.Category;

    public static TheoryData<string, string, string> TooLongFields => new()
    {
        { nameof(ArticleInput.Title), "Tiêu đề", "300" },
        { nameof(ArticleInput.Summary), "Tóm tắt", "1.000" },
        { nameof(ArticleInput.BodyMarkdown), "Nội dung", "200.000" },
        { nameof(ArticleInput.AuthorName), "Tên tác giả", "200" },
        { nameof(ArticleInput.SeoTitle), "Tiêu đề SEO", "300" },
        { nameof(ArticleInput.SeoDescription), "Mô tả SEO", "500" },
        { nameof(ArticleInput.Tags), "Mỗi thẻ", "100" },
    };

    [Theory]
    [MemberData(nameof(TooLongFields))]
    public async Task A_field_longer_than_its_column_is_refused_in_Vietnamese_naming_the_field(string field, string label, string max)
    {
        var input = Category.Input("Bài có trường quá dài");
        var tooLong = new string('ệ', int.Parse(max.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) + 1);
        input = field switch
        {
            nameof(ArticleInput.Title) => input with { Title = tooLong },
            nameof(ArticleInput.Summary) => input with { Summary = tooLong },
            nameof(ArticleInput.BodyMarkdown) => input with { BodyMarkdown = tooLong },
            nameof(ArticleInput.AuthorName) => input with { AuthorName = tooLong },
            nameof(ArticleInput.SeoTitle) => input with { SeoTitle = tooLong },
            nameof(ArticleInput.SeoDescription) => input with { SeoDescription = tooLong },
            _ => input with { Tags = ["Điều dưỡng", tooLong] },
        };

        var result = await Database.WithEditorAsync(e => e.CreateAsync(input, Actors.Author));

        Assert.Equal((OperationStatus.Invalid, field), (result.Status, result.Field));
        Assert.Equal($"{label} không được dài quá {max} ký tự.", result.Error);
    }

    [Fact]
    public async Task A_tag_created_by_someone_else_between_the_check_and_the_save_asks_for_another_save_which_succeeds()
    {
        await using var scope = Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
        // This editor's save staged a new tag "Hiến máu"; another editor's save committed the same tag meanwhile.
        db.Tags.Add(new Tag { Name = "Hiến máu", Slug = "hien-mau-dong-thoi" });
        await using (var other = Database.Scope())
        {
            var otherDb = other.ServiceProvider.GetRequiredService<ContentDbContext>();
            otherDb.Tags.Add(new Tag { Name = "Hiến máu", Slug = "hien-mau-dong-thoi" });
            await otherDb.SaveChangesAsync();
        }

        var refused = await ArticleSaves.SaveOrConflictAsync(db, () => Task.FromResult<Article?>(null), CancellationToken.None);

        Assert.Equal((OperationStatus.Invalid, ArticleSaves.TakenMeanwhileMessage), (refused!.Status, refused.Error));
        var retried = await editor.CreateAsync(Category.Input("Ngày hội hiến máu") with { Tags = ["Hiến máu đồng thời"] }, Actors.Author);
        Assert.True(retried.Succeeded, retried.Error);
        Assert.Equal("hien-mau-dong-thoi", Assert.Single(retried.Value!.Tags).Slug);
    }

    [Fact]
    public async Task A_save_and_a_workflow_move_commit_together_or_not_at_all()
    {
        var article = await Database.ArrangeAsync(Category.Input("Lưu rồi xuất bản"), ArticleStatus.InReview, Actors.Editor);
        await using (var scope = Database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var saved = await scope.ServiceProvider.GetRequiredService<ArticleEditor>()
                .UpdateAsync(article.Id, Category.Input("Lưu rồi xuất bản – bản cuối"), article.Version, Actors.Editor);
            var published = await scope.ServiceProvider.GetRequiredService<ArticleService>().MoveAsync(article.Id, ArticleStatus.Published, Actors.Editor);
            Assert.True(saved.Succeeded && published.Succeeded, saved.Error ?? published.Error);
            await transaction.CommitAsync();
        }

        var stored = (await Database.ReadArticleAsync(article.Id))!;
        Assert.Equal(("Lưu rồi xuất bản – bản cuối", ArticleStatus.Published), (stored.Title, stored.Status));
        var events = (await Database.ChangeLogAsync()).TakeLast(2).ToList();
        Assert.Equal([new ArticleSaved(article.Id, stored.Slug, false), new ArticlePublished(article.Id, stored.Slug, Database.NowUtc)], events);
    }

    [Fact]
    public async Task Publish_now_means_now_whatever_time_an_editor_gives()
    {
        var article = await Database.ArrangeAsync(Category.Input("Xuất bản ngay không lùi ngày"), ArticleStatus.InReview);

        var published = await Database.MoveAsync(article.Id, ArticleStatus.Published, Actors.Editor, Database.NowUtc.AddDays(-30));

        Assert.True(published.Succeeded, published.Error);
        Assert.Equal(Database.NowUtc, (await Database.ReadArticleAsync(article.Id))!.PublishedAt);
    }

    [Fact]
    public async Task Rerendering_unchanged_Markdown_changes_nothing_and_announces_nothing()
    {
        var article = await Database.CreateAsync(Category.Input("Bài hiển thị lại", "## Mục một"), Actors.Author);
        var before = (await Database.ChangeLogAsync()).Count;

        var changed = await Database.WithEditorAsync(e => e.RerenderAsync(article.Id));

        Assert.False(changed);
        Assert.Equal(before, (await Database.ChangeLogAsync()).Count);
        Assert.Equal(article.Version, (await Database.ReadArticleAsync(article.Id))!.Version);
    }
}
