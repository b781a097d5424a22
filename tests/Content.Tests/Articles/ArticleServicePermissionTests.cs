using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Tests.Support;
using static ThiDuaCms.Content.Articles.ArticleStatus;

namespace ThiDuaCms.Content.Tests.Articles;

/// <summary>What each role may do to an article through <see cref="ArticleService"/>, on a real database.</summary>
public sealed class ArticleServicePermissionTests(ContentDatabaseFixture fixture) : IClassFixture<ContentDatabaseFixture>
{
    private readonly TempContentDatabase _database = fixture.Database;
    private readonly Category _category = fixture.Category;

    private static readonly (ArticleStatus From, ArticleStatus To)[] Moves =
    [
        (Draft, InReview), (InReview, Draft), (InReview, Published), (InReview, Scheduled),
        (Scheduled, Published), (Scheduled, Draft), (Published, Archived), (Archived, Published),
    ];

    public static TheoryData<Who, ArticleStatus, ArticleStatus, bool> EveryMoveByEveryone()
    {
        var data = new TheoryData<Who, ArticleStatus, ArticleStatus, bool>();
        foreach (var who in Enum.GetValues<Who>())
        {
            foreach (var (from, to) in Moves)
            {
                data.Add(who, from, to, who == Who.Editor || (who == Who.AuthorOwn && (from, to) == (Draft, InReview)));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMoveByEveryone))]
    public async Task A_move_succeeds_only_for_the_roles_the_workflow_names(Who who, ArticleStatus from, ArticleStatus to, bool allowed)
    {
        var article = await _database.ArrangeAsync(_category.Input($"Bài {who} {from} {to}"), from);
        var auditBefore = (await _database.AuditAsync(article.Id)).Count;

        var result = await _database.MoveAsync(article.Id, to, who.Actor(),
            publishAt: to == Scheduled ? _database.NowUtc.AddDays(2) : null,
            comment: (from, to) == (InReview, Draft) ? "Bổ sung số liệu năm 2026." : null);

        var stored = await _database.ReadArticleAsync(article.Id);
        var audit = await _database.AuditAsync(article.Id);
        if (allowed)
        {
            Assert.True(result.Succeeded, result.Error);
            Assert.Equal(to, stored!.Status);
            Assert.Equal(auditBefore + 1, audit.Count);
        }
        else
        {
            Assert.Equal(OperationStatus.Forbidden, result.Status);
            Assert.Equal(
                $"Bạn không có quyền chuyển bài viết từ \"{ArticleWorkflow.DisplayName(from)}\" sang \"{ArticleWorkflow.DisplayName(to)}\".",
                result.Error);
            Assert.Equal(from, stored!.Status);
            Assert.Equal(article.Version, stored.Version);
            Assert.Equal(auditBefore, audit.Count);
        }
    }

    [Theory]
    [InlineData(Who.AuthorOwn)]
    [InlineData(Who.Editor)]
    [InlineData(Who.Clerk)]
    public async Task A_move_outside_the_workflow_is_invalid_for_everyone_not_forbidden(Who who)
    {
        var article = await _database.ArrangeAsync(_category.Input($"Bỏ qua duyệt {who}"), Draft);

        var result = await _database.MoveAsync(article.Id, Published, who.Actor());

        Assert.Equal(OperationStatus.Invalid, result.Status);
        Assert.Equal("Không thể chuyển bài viết từ \"Bản nháp\" sang \"Đã xuất bản\".", result.Error);
        Assert.Equal(Draft, (await _database.ReadArticleAsync(article.Id))!.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Sending_back_to_draft_requires_a_comment_for_the_author(string? comment)
    {
        var article = await _database.ArrangeAsync(_category.Input("Chờ nhận xét"), InReview);

        var result = await _database.MoveAsync(article.Id, Draft, Actors.Editor, comment: comment);

        Assert.Equal(OperationStatus.Invalid, result.Status);
        Assert.Equal("Comment", result.Field);
        Assert.Equal("Vui lòng ghi nhận xét để tác giả biết cần sửa gì.", result.Error);
        var stored = await _database.ReadArticleAsync(article.Id);
        Assert.Equal(InReview, stored!.Status);
        Assert.Null(stored.ReviewComment);
    }

    [Fact]
    public async Task The_review_comment_is_kept_for_the_author_until_the_article_is_published()
    {
        var article = await _database.ArrangeAsync(_category.Input("Cần sửa"), InReview);

        Assert.True((await _database.MoveAsync(article.Id, Draft, Actors.Editor, comment: "Thiếu ảnh minh họa.")).Succeeded);
        Assert.Equal("Thiếu ảnh minh họa.", (await _database.ReadArticleAsync(article.Id))!.ReviewComment);

        Assert.True((await _database.MoveAsync(article.Id, InReview, Actors.Author)).Succeeded);
        Assert.True((await _database.MoveAsync(article.Id, Published, Actors.Editor)).Succeeded);
        Assert.Null((await _database.ReadArticleAsync(article.Id))!.ReviewComment);
    }

    public static TheoryData<Who, ArticleStatus, string?> WhoMayEdit()
    {
        var data = new TheoryData<Who, ArticleStatus, string?>();
        foreach (var status in Enum.GetValues<ArticleStatus>())
        {
            data.Add(Who.AuthorOwn, status, status == Draft ? null : "Tác giả chỉ được sửa bài ở trạng thái bản nháp.");
            data.Add(Who.AuthorOther, status, "Tác giả chỉ được sửa bài viết của mình.");
            data.Add(Who.Editor, status, null);
            data.Add(Who.Clerk, status, "Bạn không có quyền sửa bài viết.");
            data.Add(Who.Administrator, status, "Bạn không có quyền sửa bài viết.");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(WhoMayEdit))]
    public void CanEdit_lets_an_author_edit_only_their_own_draft_and_an_editor_anything(Who who, ArticleStatus status, string? denied)
    {
        var article = new Article { AuthorId = Actors.Author.UserId, Status = status };

        Assert.Equal(denied, ArticlePermissions.CanEdit(article, who.Actor()));
    }

    [Fact]
    public void An_author_without_an_account_id_owns_nothing()
    {
        var seeded = new Article { AuthorId = null, Status = Draft };
        var anonymousAuthor = new Actor(null, "Không tài khoản", new HashSet<string> { Roles.Author });

        Assert.Equal("Tác giả chỉ được sửa bài viết của mình.", ArticlePermissions.CanEdit(seeded, anonymousAuthor));
        Assert.Null(ArticleWorkflow.Find(Draft, InReview, anonymousAuthor, ownsArticle: false));
    }

    [Theory]
    [InlineData(Who.AuthorOwn, Draft, true)]
    [InlineData(Who.AuthorOwn, InReview, false)]
    [InlineData(Who.AuthorOwn, Published, false)]
    [InlineData(Who.AuthorOther, Draft, false)]
    [InlineData(Who.Editor, Draft, true)]
    [InlineData(Who.Editor, Published, true)]
    [InlineData(Who.Clerk, Draft, false)]
    [InlineData(Who.Administrator, Draft, false)]
    public async Task Saving_follows_CanEdit_and_a_refused_save_stores_nothing(Who who, ArticleStatus status, bool allowed)
    {
        var article = await _database.ArrangeAsync(_category.Input("Bản gốc", "Nội dung gốc."), status);

        var result = await _database.UpdateAsync(article.Id, _category.Input("Bản sửa", "Nội dung sửa."), article.Version, who.Actor());

        var stored = (await _database.ReadArticleAsync(article.Id))!;
        if (allowed)
        {
            Assert.True(result.Succeeded, result.Error);
            Assert.Equal("Nội dung sửa.", stored.BodyMarkdown);
        }
        else
        {
            Assert.Equal(OperationStatus.Forbidden, result.Status);
            Assert.Equal(ArticlePermissions.CanEdit(stored, who.Actor()), result.Error);
            Assert.Equal(("Bản gốc", "Nội dung gốc.", article.Version), (stored.Title, stored.BodyMarkdown, stored.Version));
            Assert.Single(await _database.RevisionsAsync(article.Id));
        }
    }

    [Theory]
    [InlineData(Who.Clerk)]
    [InlineData(Who.Administrator)]
    public async Task Only_authors_and_editors_may_write_articles(Who who)
    {
        var title = $"Bài của {who}";

        var result = await _database.WithEditorAsync(s => s.CreateAsync(_category.Input(title), who.Actor()));

        Assert.Equal(OperationStatus.Forbidden, result.Status);
        Assert.Equal("Bạn không có quyền viết bài.", result.Error);
        await using var scope = _database.Scope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.AnyAsync(a => a.Title == title));
    }

    [Fact]
    public async Task A_new_article_belongs_to_the_author_who_wrote_it()
    {
        var article = await _database.CreateAsync(_category.Input("Bài của tôi"), Actors.Author);

        var stored = await _database.ReadArticleAsync(article.Id);
        Assert.Equal(Actors.Author.UserId, stored!.AuthorId);
        Assert.Equal(Draft, stored.Status);
    }
}
