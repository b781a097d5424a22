using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Data;

namespace ThiDuaCms.Content.Tests.Support;

/// <summary>Arranges articles through <see cref="ArticleService"/>, each call in its own scope as a web request would be.</summary>
internal static class ArticleArrangements
{
    public static ArticleInput Input(this Category category, string title, string body = "Nội dung bài viết.") =>
        new() { Title = title, BodyMarkdown = body, CategoryId = category.Id };

    public static async Task<T> WithServiceAsync<T>(this TempContentDatabase database, Func<ArticleService, Task<T>> action)
    {
        await using var scope = database.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<ArticleService>());
    }

    public static async Task<T> WithEditorAsync<T>(this TempContentDatabase database, Func<ArticleEditor, Task<T>> action)
    {
        await using var scope = database.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<ArticleEditor>());
    }

    public static async Task<Article> CreateAsync(this TempContentDatabase database, ArticleInput input, Actor actor)
    {
        var created = await database.WithEditorAsync(s => s.CreateAsync(input, actor));
        Assert.True(created.Succeeded, created.Error);
        return created.Value!;
    }

    public static Task<OperationResult<Article>> MoveAsync(
        this TempContentDatabase database, int id, ArticleStatus to, Actor actor, DateTime? publishAt = null, string? comment = null) =>
        database.WithServiceAsync(s => s.MoveAsync(id, to, actor, publishAt, comment));

    public static Task<OperationResult<Article>> UpdateAsync(this TempContentDatabase database, int id, ArticleInput input, int expectedVersion, Actor actor) =>
        database.WithEditorAsync(s => s.UpdateAsync(id, input, expectedVersion, actor));

    /// <summary>An article written by <paramref name="owner"/> (default <see cref="Actors.Author"/>) and brought to <paramref name="status"/>.</summary>
    public static async Task<Article> ArrangeAsync(this TempContentDatabase database, ArticleInput input, ArticleStatus status, Actor? owner = null) =>
        await database.ArrangeStatusAsync(await database.CreateAsync(input, owner ?? Actors.Author), status);

    /// <summary>Brings a draft to <paramref name="status"/> as the system: scheduled a day ahead, or published an hour ago.</summary>
    public static async Task<Article> ArrangeStatusAsync(this TempContentDatabase database, Article draft, ArticleStatus status)
    {
        ArticleStatus[] path = status switch
        {
            ArticleStatus.Draft => [],
            ArticleStatus.InReview => [ArticleStatus.InReview],
            ArticleStatus.Scheduled => [ArticleStatus.InReview, ArticleStatus.Scheduled],
            ArticleStatus.Published => [ArticleStatus.InReview, ArticleStatus.Published],
            ArticleStatus.Archived => [ArticleStatus.InReview, ArticleStatus.Published, ArticleStatus.Archived],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        var article = draft;
        foreach (var to in path)
        {
            var at = to switch
            {
                ArticleStatus.Scheduled => database.NowUtc.AddDays(1),
                ArticleStatus.Published => database.NowUtc.AddHours(-1),
                _ => (DateTime?)null,
            };
            var moved = await database.MoveAsync(article.Id, to, Actor.System, at);
            Assert.True(moved.Succeeded, moved.Error);
            article = moved.Value!;
        }
        return article;
    }

    /// <summary>The article's audit entries, oldest first.</summary>
    public static async Task<List<AuditEntry>> AuditAsync(this TempContentDatabase database, int articleId)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "Article" && e.EntityId == articleId)
            .OrderBy(e => e.Id)
            .ToListAsync();
    }

    /// <summary>The article's revisions, by number.</summary>
    public static async Task<List<ArticleRevision>> RevisionsAsync(this TempContentDatabase database, int articleId)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId)
            .OrderBy(r => r.Number)
            .ToListAsync();
    }
}
