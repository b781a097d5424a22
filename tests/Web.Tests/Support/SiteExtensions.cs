using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Tests;

namespace ThiDuaCms.Web.Tests.Support;

/// <summary>Arranging and inspecting a <see cref="TestSite"/> through its own services, never through hard-coded demo data.</summary>
internal static class SiteExtensions
{
    /// <summary>A client that shows redirects instead of following them.</summary>
    public static HttpClient Client(this TestSite site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static DateTime NowUtc(this TestSite site) => site.Clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Waits until every change-log handler of the site (or only <paramref name="handlerType"/>) has handled
    /// everything committed so far: derived data (snapshot, search index) is then in step with the database.
    /// </summary>
    public static async Task DeliveredAsync(this TestSite site, Type? handlerType = null)
    {
        long last;
        await using (var scope = site.Scope())
        {
            last = await scope.ServiceProvider.GetRequiredService<ChangeLog>().LastPositionAsync();
        }
        await site.Services.GetRequiredService<ChangeLogDispatcher>().WaitUntilDeliveredAsync(last, handlerType).WaitAsync(TimeSpan.FromSeconds(20));
    }

    /// <summary>Runs a query on the site's database; <c>visible</c> is the public articles at the site's current time.</summary>
    public static async Task<T> QueryAsync<T>(this TestSite site, Func<ContentDbContext, IQueryable<Article>, Task<T>> query)
    {
        await using var scope = site.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        return await query(db, db.Articles.AsNoTracking().VisibleAt(site.NowUtc()));
    }

    /// <summary>Slugs of the public articles, newest first as every list orders them.</summary>
    public static Task<List<string>> VisibleSlugsAsync(this TestSite site, Func<IQueryable<Article>, IQueryable<Article>>? filter = null) =>
        site.QueryAsync((_, visible) => (filter?.Invoke(visible) ?? visible)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => a.Slug)
            .ToListAsync());

    /// <summary>
    /// Creates an article through <see cref="ArticleService"/> and walks it through the workflow to <paramref name="status"/>:
    /// Draft, InReview, Scheduled (at <paramref name="publishAt"/>), Published (at <paramref name="publishAt"/>, default now)
    /// or Archived (published at <paramref name="publishAt"/> first).
    /// </summary>
    public static async Task<Article> CreateArticleAsync(this TestSite site, ArticleInput input, ArticleStatus status, DateTime? publishAt = null)
    {
        await using var scope = site.Scope();
        var articles = scope.ServiceProvider.GetRequiredService<ArticleService>();
        var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
        var created = await editor.CreateAsync(input, Actor.System);
        Assert.True(created.Succeeded, created.Error);
        var article = created.Value!;
        if (status == ArticleStatus.Draft)
        {
            return article;
        }

        await MoveAsync(ArticleStatus.InReview);
        switch (status)
        {
            case ArticleStatus.Scheduled:
                await MoveAsync(ArticleStatus.Scheduled, publishAt);
                break;
            case ArticleStatus.Published:
                await MoveAsync(ArticleStatus.Published, publishAt);
                break;
            case ArticleStatus.Archived:
                await MoveAsync(ArticleStatus.Published, publishAt);
                await MoveAsync(ArticleStatus.Archived);
                break;
        }
        return article;

        async Task MoveAsync(ArticleStatus to, DateTime? at = null)
        {
            var moved = await articles.MoveAsync(article.Id, to, Actor.System, at);
            Assert.True(moved.Succeeded, moved.Error);
            article = moved.Value!;
        }
    }

    /// <summary>Renames an article's slug through <see cref="ArticleEditor.UpdateAsync"/>, keeping everything else.</summary>
    public static async Task RenameAsync(this TestSite site, int articleId, string newSlug)
    {
        await using var scope = site.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var article = await db.Articles.AsNoTracking()
            .Include(a => a.Tags).Include(a => a.People).Include(a => a.Departments).Include(a => a.Movements).Include(a => a.Initiatives)
            .AsSplitQuery()
            .FirstAsync(a => a.Id == articleId);
        var result = await scope.ServiceProvider.GetRequiredService<ArticleEditor>()
            .UpdateAsync(articleId, ArticleEditor.ToInput(article) with { Slug = newSlug }, article.Version, Actor.System);
        Assert.True(result.Succeeded, result.Error);
    }
}
