using ThiDuaCms.Content.Articles;
using static ThiDuaCms.Content.Articles.ArticleStatus;

namespace ThiDuaCms.Content.Tests.Articles;

public class ArticleVisibilityTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 3, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(Draft)]
    [InlineData(InReview)]
    [InlineData(Archived)]
    public void Unpublished_statuses_are_never_visible(ArticleStatus status)
    {
        foreach (var publishedAt in new DateTime?[] { null, Now.AddYears(-2), Now, Now.AddDays(1) })
        {
            AssertVisibility(false, new Article { Status = status, PublishedAt = publishedAt });
        }
    }

    [Fact]
    public void Published_article_in_the_past_is_visible() =>
        AssertVisibility(true, new Article { Status = Published, PublishedAt = Now.AddMinutes(-1) });

    [Fact]
    public void Published_article_with_a_future_time_is_not_visible_yet() =>
        AssertVisibility(false, new Article { Status = Published, PublishedAt = Now.AddMinutes(1) });

    [Fact]
    public void Published_article_without_a_time_is_not_visible() =>
        AssertVisibility(false, new Article { Status = Published, PublishedAt = null });

    [Fact]
    public void Scheduled_article_is_hidden_until_its_time() =>
        AssertVisibility(false, new Article { Status = Scheduled, PublishedAt = Now.AddTicks(1) });

    [Fact]
    public void Scheduled_article_is_visible_from_its_time_without_waiting_for_the_publisher()
    {
        AssertVisibility(true, new Article { Status = Scheduled, PublishedAt = Now });
        AssertVisibility(true, new Article { Status = Scheduled, PublishedAt = Now.AddHours(-3) });
    }

    // The in-memory rule and the query rule must never disagree (once the derived columns are refreshed, as every
    // save does).
    private static void AssertVisibility(bool expected, Article article)
    {
        article.RefreshPublicColumns();
        Assert.Equal(expected, article.IsVisibleAt(Now));
        Assert.Equal(expected, new[] { article }.AsQueryable().VisibleAt(Now).Any());
    }
}
