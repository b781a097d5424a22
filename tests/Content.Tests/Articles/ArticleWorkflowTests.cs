using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Tests.Support;
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

    /// <summary>
    /// Who may make which move, written out independently of the table: an author only submits their own draft;
    /// an editor makes every move; the recognition clerk and the administrator make none.
    /// </summary>
    private static bool ExpectedAllowed(Who who, ArticleStatus from, ArticleStatus to) => who switch
    {
        Who.AuthorOwn => (from, to) == (Draft, InReview),
        Who.Editor => Expected.Contains((from, to)),
        _ => false,
    };

    public static TheoryData<Who, ArticleStatus, ArticleStatus, bool> EveryPairForEveryone()
    {
        var data = new TheoryData<Who, ArticleStatus, ArticleStatus, bool>();
        foreach (var who in Enum.GetValues<Who>())
        {
            foreach (var from in Enum.GetValues<ArticleStatus>())
            {
                foreach (var to in Enum.GetValues<ArticleStatus>())
                {
                    data.Add(who, from, to, ExpectedAllowed(who, from, to));
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPairForEveryone))]
    public void Each_role_may_make_exactly_its_moves(Who who, ArticleStatus from, ArticleStatus to, bool allowed)
    {
        var transition = ArticleWorkflow.Find(from, to, who.Actor(), ownsArticle: who == Who.AuthorOwn);

        Assert.Equal(allowed, transition is not null);
        if (transition is not null)
        {
            Assert.Equal((from, to), (transition.From, transition.To));
        }
    }

    [Theory]
    [InlineData(Who.AuthorOwn)]
    [InlineData(Who.AuthorOther)]
    [InlineData(Who.Editor)]
    [InlineData(Who.Clerk)]
    [InlineData(Who.Administrator)]
    public void Available_lists_each_allowed_target_once(Who who)
    {
        foreach (var from in Enum.GetValues<ArticleStatus>())
        {
            var available = ArticleWorkflow.Available(from, who.Actor(), ownsArticle: who == Who.AuthorOwn);

            var expected = Enum.GetValues<ArticleStatus>().Where(to => ExpectedAllowed(who, from, to)).Order();
            Assert.Equal(expected, available.Select(t => t.To).Order());
        }
    }

    [Fact]
    public void The_system_may_make_every_move() =>
        Assert.All(Expected, move => Assert.NotNull(ArticleWorkflow.Find(move.From, move.To, Actor.System, ownsArticle: false)));

    [Fact]
    public void An_actor_with_several_roles_gets_the_moves_of_each()
    {
        var authorAndEditor = new Actor("u", "Hai vai trò", new HashSet<string> { Roles.Author, Roles.Editor });

        Assert.NotNull(ArticleWorkflow.Find(InReview, Published, authorAndEditor, ownsArticle: false));
        Assert.NotNull(ArticleWorkflow.Find(Draft, InReview, authorAndEditor, ownsArticle: false));
    }

    [Theory]
    [InlineData(Draft, InReview, "Gửi duyệt")]
    [InlineData(InReview, Draft, "Trả lại bản nháp")]
    [InlineData(InReview, Published, "Xuất bản")]
    [InlineData(InReview, Scheduled, "Hẹn giờ xuất bản")]
    [InlineData(Scheduled, Published, "Xuất bản ngay")]
    [InlineData(Scheduled, Draft, "Hủy hẹn giờ")]
    [InlineData(Published, Archived, "Lưu trữ")]
    [InlineData(Archived, Published, "Xuất bản lại")]
    public void Every_move_is_named_in_Vietnamese(ArticleStatus from, ArticleStatus to, string action) =>
        Assert.Equal(action, ArticleWorkflow.Find(from, to, Actors.Editor, ownsArticle: false)?.Action);

    [Theory]
    [InlineData(Draft, "Bản nháp")]
    [InlineData(InReview, "Chờ duyệt")]
    [InlineData(Scheduled, "Đã hẹn giờ")]
    [InlineData(Published, "Đã xuất bản")]
    [InlineData(Archived, "Lưu trữ")]
    public void Every_status_has_a_Vietnamese_name(ArticleStatus status, string name) =>
        Assert.Equal(name, ArticleWorkflow.DisplayName(status));
}
