using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Text;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Publishing;

/// <summary>An editor schedules an article for a Vietnam time; it goes public then, and the background publisher records it.</summary>
public sealed class ScheduledPublisherTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public async Task A_scheduled_article_goes_public_at_its_Vietnam_time_and_the_publisher_marks_it_published()
    {
        var article = await ArrangeInReviewAsync("Bài hẹn giờ lúc mười giờ");
        var editor = await site.SignInAsync(Roles.Editor);
        var page = await HtmlPage.GetOkAsync(editor, $"/quan-tri/bai-viet/{article.Id}");
        var at = VietnamTime.ToLocal(site.NowUtc()).AddMinutes(10);
        at = at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMinute));

        var scheduled = await editor.SubmitAsync(page, page.WorkflowForm(ArticleStatus.Scheduled),
            form => form.Set("PublishAt", BackOfficeSupport.LocalField(at)));

        Assert.Equal(HttpStatusCode.Found, scheduled.Status);
        var stored = await site.ArticleAsync(article.Id);
        Assert.Equal(ArticleStatus.Scheduled, stored.Status);
        Assert.Equal(VietnamTime.ToUtc(at), stored.PublishedAt);
        Assert.Equal(TimeSpan.FromHours(7), at - stored.PublishedAt!.Value);
        var publicUrl = $"/bai-viet/{stored.Slug}";
        var reader = site.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(reader, publicUrl)).Status);

        // Time passes past the scheduled minute: readers see it at once, and the publisher's next tick records it.
        site.Clock.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal([stored.Title], (await HtmlPage.GetOkAsync(reader, publicUrl)).H1Texts);
        var published = await WaitForStatusAsync(article.Id, ArticleStatus.Published);
        Assert.Equal(VietnamTime.ToUtc(at), published.PublishedAt);
        var entry = (await site.AuditAsync(article.Id))[^1];
        Assert.Equal(("Hệ thống", "Tự động xuất bản theo lịch"), (entry.UserName, entry.Action));
        Assert.Equal(["Gửi duyệt", "Hẹn giờ xuất bản", "Tự động xuất bản theo lịch"],
            (await site.AuditAsync(article.Id)).Skip(1).Select(e => e.Action));
    }

    [Fact]
    public async Task The_publisher_leaves_an_article_alone_until_its_time()
    {
        var article = await ArrangeInReviewAsync("Bài hẹn giờ ngày mai");
        var editor = await site.SignInAsync(Roles.Editor);
        var page = await HtmlPage.GetOkAsync(editor, $"/quan-tri/bai-viet/{article.Id}");
        var tomorrow = VietnamTime.ToLocal(site.NowUtc()).AddDays(1);
        await editor.SubmitAsync(page, page.WorkflowForm(ArticleStatus.Scheduled), form => form.Set("PublishAt", BackOfficeSupport.LocalField(tomorrow)));

        // Wait for the publisher to sleep, move the clock, and wait for the pass that wakes it.
        var publisher = site.Services.GetRequiredService<ScheduledPublisher>();
        await publisher.Sleeping.WaitAsync(TimeSpan.FromSeconds(20));
        var pass = publisher.NextPass;
        site.Clock.Advance(TimeSpan.FromMinutes(2));
        await pass.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(ArticleStatus.Scheduled, (await site.ArticleAsync(article.Id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(site.Client(), $"/bai-viet/{article.Slug}")).Status);
    }

    private async Task<Article> ArrangeInReviewAsync(string title)
    {
        var author = BackOfficeSupport.DemoAccount(Roles.Author);
        var draft = await site.CreateDraftAsync(author.Email, title);
        var actor = await site.ActorAsync(author.Email);
        await using var scope = site.Scope();
        var moved = await scope.ServiceProvider.GetRequiredService<ArticleService>().MoveAsync(draft.Id, ArticleStatus.InReview, actor);
        Assert.True(moved.Succeeded, moved.Error);
        return moved.Value!;
    }

    /// <summary>The publisher runs on its own after the clock's tick: poll the database briefly.</summary>
    private async Task<Article> WaitForStatusAsync(int id, ArticleStatus status)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var article = await site.ArticleAsync(id);
            if (article.Status == status || stopwatch.Elapsed > TimeSpan.FromSeconds(10))
            {
                Assert.Equal(status, article.Status);
                return article;
            }
            await Task.Delay(25);
        }
    }
}
