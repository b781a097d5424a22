using ThiDuaCms.Content.Articles;
using static ThiDuaCms.Content.Articles.ArticleStatus;

namespace ThiDuaCms.Content.Tests.Articles;

public class ArticleWorkflowTests
{
    /// <summary>The editors' workflow as agreed: draft → review → (scheduled →) published ⇄ archived, with the way back to draft.</summary>
    private static readonly HashSet<(ArticleStatus From, ArticleStatus To)> Expected =
    [
        (Draft, InReview),
        (InReview, Draft),
        (InReview, Scheduled),
        (InReview, Published),
        (Scheduled, Published),
        (Scheduled, Draft),
        (Published, Archived),
        (Archived, Published),
    ];

    public static TheoryData<ArticleStatus, ArticleStatus, bool> EveryPair()
    {
        var data = new TheoryData<ArticleStatus, ArticleStatus, bool>();
        foreach (var from in Enum.GetValues<ArticleStatus>())
        {
            foreach (var to in Enum.GetValues<ArticleStatus>())
            {
                data.Add(from, to, Expected.Contains((from, to)));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Only_the_agreed_moves_are_allowed(ArticleStatus from, ArticleStatus to, bool allowed) =>
        Assert.Equal(allowed, ArticleWorkflow.CanMove(from, to));

    [Theory]
    [InlineData(Draft)]
    [InlineData(InReview)]
    [InlineData(Scheduled)]
    [InlineData(Published)]
    [InlineData(Archived)]
    public void Staying_in_the_same_status_is_not_a_move(ArticleStatus status) =>
        Assert.False(ArticleWorkflow.CanMove(status, status));

    [Fact]
    public void A_draft_cannot_skip_review() =>
        Assert.Equal([InReview], ArticleWorkflow.Transitions.Where(t => t.From == Draft).Select(t => t.To).Distinct());

    [Fact]
    public void Every_transition_has_a_Vietnamese_action_and_a_known_role()
    {
        foreach (var transition in ArticleWorkflow.Transitions)
        {
            Assert.False(string.IsNullOrWhiteSpace(transition.Action));
            Assert.Contains(transition.Role, ThiDuaCms.Content.Accounts.Roles.All);
        }
    }

    [Theory]
    [InlineData(Draft, "Bản nháp")]
    [InlineData(InReview, "Chờ duyệt")]
    [InlineData(Scheduled, "Đã hẹn giờ")]
    [InlineData(Published, "Đã xuất bản")]
    [InlineData(Archived, "Lưu trữ")]
    public void Every_status_has_a_Vietnamese_name(ArticleStatus status, string name) =>
        Assert.Equal(name, ArticleWorkflow.DisplayName(status));
}
