using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Tests.Support;

namespace ThiDuaCms.Content.Tests.Articles;

public sealed class ArticleServiceTests : IAsyncLifetime
{
    private readonly EventRecorder _events = new();
    private TempContentDatabase _database = null!;
    private Category _category = null!;

    public async Task InitializeAsync()
    {
        _database = await TempContentDatabase.CreateAsync(configure: services =>
        {
            services.AddSingleton(_events);
            services.AddSingleton<IDomainEventHandler<ArticlePublished>>(_events);
            services.AddSingleton<IDomainEventHandler<ArticleWithdrawn>>(_events);
            services.AddSingleton<IDomainEventHandler<ArticleSaved>>(_events);
        });
        _events.ConnectionString = _database.ConnectionString;
        _category = await _database.AddCategoryAsync();
        await _database.StartDispatcherAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Create_stores_title_body_and_tags_in_NFC_when_given_NFD()
    {
        const string title = "Hòa nhập cộng đồng – Thủy châm giảm đau";
        const string body = "## Kết quả đạt được\n\nNgười bệnh hài lòng với thủy châm.";
        const string summary = "Tóm tắt: điều dưỡng Khánh Hòa.";

        var created = await CreateAsync(new ArticleInput
        {
            Title = title.Normalize(NormalizationForm.FormD),
            BodyMarkdown = body.Normalize(NormalizationForm.FormD),
            Summary = summary.Normalize(NormalizationForm.FormD),
            AuthorName = "Phòng Đào tạo".Normalize(NormalizationForm.FormD),
            Tags = ["thủy châm".Normalize(NormalizationForm.FormD)],
            CategoryId = _category.Id,
        });

        var stored = await _database.ReadArticleAsync(created.Id);
        Assert.NotNull(stored);
        Assert.Equal(title, stored.Title);
        Assert.Equal(body, stored.BodyMarkdown);
        Assert.Equal(summary, stored.Summary);
        Assert.Equal("Phòng Đào tạo", stored.AuthorName);
        Assert.Equal("thủy châm", Assert.Single(stored.Tags).Name);
        Assert.Equal("thuy-cham", stored.Tags[0].Slug);
        Assert.Contains("Người bệnh hài lòng với thủy châm.", stored.BodyHtml, StringComparison.Ordinal);
        Assert.True(stored.BodyHtml.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("hoa-nhap-cong-dong-thuy-cham-giam-dau", stored.Slug);
    }

    [Fact]
    public async Task Create_makes_a_draft_with_rendered_html()
    {
        var created = await CreateAsync(Input("Gương sáng ngành y", "## Kết quả đạt được\n\nTốt."));

        var stored = await _database.ReadArticleAsync(created.Id);
        Assert.Equal(ArticleStatus.Draft, stored!.Status);
        Assert.Null(stored.PublishedAt);
        Assert.Contains("id=\"ket-qua-dat-duoc\"", stored.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(_database.NowUtc, stored.CreatedAt);
    }

    [Fact]
    public async Task Generated_slug_is_unique_across_articles_with_the_same_title()
    {
        var first = await CreateAsync(Input("Điển hình tiên tiến"));
        var second = await CreateAsync(Input("Điển hình tiên tiến"));
        var third = await CreateAsync(Input("ĐIỂN HÌNH – tiên tiến!"));

        Assert.Equal("dien-hinh-tien-tien", first.Slug);
        Assert.Equal("dien-hinh-tien-tien-2", second.Slug);
        Assert.Equal("dien-hinh-tien-tien-3", third.Slug);
    }

    [Fact]
    public async Task Requested_slug_is_normalized_and_must_be_free()
    {
        var first = await CreateAsync(Input("Bài một") with { Slug = "Gương điển hình 2024" });
        Assert.Equal("guong-dien-hinh-2024", first.Slug);

        await using var scope = _database.Scope();
        var result = await Editor(scope).CreateAsync(Input("Bài hai") with { Slug = "guong-dien-hinh-2024" }, Actor.System);

        Assert.False(result.Succeeded);
        Assert.Equal("Slug", result.Field);
        Assert.Contains("đã được bài viết khác sử dụng", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_the_slug_keeps_a_redirect_from_the_old_one()
    {
        var article = await CreatePublishedAsync("Mô hình châm cứu giảm đau");
        var oldSlug = article.Slug;

        await using (var scope = _database.Scope())
        {
            var renamed = await Editor(scope).UpdateAsync(article.Id, Input("Mô hình châm cứu giảm đau") with { Slug = "cham-cuu-giam-dau" }, article.Version, Actor.System);
            Assert.True(renamed.Succeeded, renamed.Error);
        }

        await using (var scope = _database.Scope())
        {
            var reader = scope.ServiceProvider.GetRequiredService<ArticleReader>();
            var viaOld = await reader.FindAsync(oldSlug);
            Assert.Null(viaOld.Found);
            Assert.Equal("cham-cuu-giam-dau", viaOld.RedirectToSlug);

            var viaNew = await reader.FindAsync("cham-cuu-giam-dau");
            Assert.Equal(article.Id, viaNew.Found?.Article.Id);
            Assert.Null(viaNew.RedirectToSlug);
        }
    }

    [Fact]
    public async Task An_old_slug_stays_reserved_for_its_article()
    {
        var article = await CreateAsync(Input("Bài gốc"));
        await using (var scope = _database.Scope())
        {
            Assert.True((await Editor(scope).UpdateAsync(article.Id, Input("Bài gốc") with { Slug = "bai-moi" }, article.Version, Actor.System)).Succeeded);
        }

        await using (var scope = _database.Scope())
        {
            var other = await Editor(scope).CreateAsync(Input("Khác") with { Slug = "bai-goc" }, Actor.System);
            Assert.False(other.Succeeded);
            Assert.Equal("Slug", other.Field);

            var generated = await Editor(scope).CreateAsync(Input("Bài gốc"), Actor.System);
            Assert.Equal("bai-goc-2", generated.Value?.Slug);
        }
    }

    [Fact]
    public async Task Renaming_back_to_an_old_slug_makes_it_live_again()
    {
        var article = await CreatePublishedAsync("Sáng kiến bó thuốc");
        var version = article.Version;
        await using (var scope = _database.Scope())
        {
            var result = await Editor(scope).UpdateAsync(article.Id, Input("Sáng kiến bó thuốc") with { Slug = "bo-thuoc" }, version, Actor.System);
            version = result.Value!.Version;
        }
        await using (var scope = _database.Scope())
        {
            Assert.True((await Editor(scope).UpdateAsync(article.Id, Input("Sáng kiến bó thuốc") with { Slug = "sang-kien-bo-thuoc" }, version, Actor.System)).Succeeded);
        }

        await using (var scope = _database.Scope())
        {
            var reader = scope.ServiceProvider.GetRequiredService<ArticleReader>();
            Assert.Equal(article.Id, (await reader.FindAsync("sang-kien-bo-thuoc")).Found?.Article.Id);
            Assert.Equal("sang-kien-bo-thuoc", (await reader.FindAsync("bo-thuoc")).RedirectToSlug);
        }
    }

    [Fact]
    public async Task Stale_version_update_is_a_conflict_carrying_the_stored_article_and_leaves_it_unchanged()
    {
        var article = await CreateAsync(Input("Bản đầu", "Nội dung đầu."));
        var openedVersion = article.Version;

        // Editor A saves first…
        await using (var scope = _database.Scope())
        {
            var saved = await Editor(scope).UpdateAsync(article.Id, Input("Bản của A", "Nội dung của A."), openedVersion, Actor.System);
            Assert.True(saved.Succeeded, saved.Error);
            Assert.Equal(openedVersion + 1, saved.Value!.Version);
        }

        // …then editor B, who opened the same version, tries to save over it.
        OperationResult<Article> stale;
        await using (var scope = _database.Scope())
        {
            stale = await Editor(scope).UpdateAsync(article.Id, Input("Bản của B", "Nội dung của B."), openedVersion, Actor.System);
        }

        Assert.False(stale.Succeeded);
        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.Contains("người khác lưu", stale.Error, StringComparison.Ordinal);
        Assert.Equal("Bản của A", stale.Value?.Title);
        Assert.Equal("Nội dung của A.", stale.Value?.BodyMarkdown);
        Assert.Equal(openedVersion + 1, stale.Value?.Version);
        var stored = await _database.ReadArticleAsync(article.Id);
        Assert.Equal("Bản của A", stored!.Title);
        Assert.Equal("Nội dung của A.", stored.BodyMarkdown);
        Assert.Contains("Nội dung của A.", stored.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(openedVersion + 1, stored.Version);
    }

    [Fact]
    public async Task Every_save_and_move_bumps_the_version()
    {
        var article = await CreateAsync(Input("Phiên bản"));
        var created = article.Version;

        await using var scope = _database.Scope();
        var moved = await Service(scope).MoveAsync(article.Id, ArticleStatus.InReview, Actor.System);

        Assert.Equal(created + 1, moved.Value!.Version);
        Assert.Equal(created + 1, (await _database.ReadArticleAsync(article.Id))!.Version);
    }

    [Fact]
    public async Task Publishing_announces_ArticlePublished_only_after_the_row_is_saved()
    {
        var article = await CreateAsync(Input("Điều dưỡng tận tâm"));
        await using (var scope = _database.Scope())
        {
            Assert.True((await Service(scope).MoveAsync(article.Id, ArticleStatus.InReview, Actor.System)).Succeeded);
        }
        await _database.DeliveredAsync();
        Assert.Empty(_events.Published);

        var publishAt = _database.NowUtc.AddHours(-2);
        await using (var scope = _database.Scope())
        {
            var published = await Service(scope).MoveAsync(article.Id, ArticleStatus.Published, Actor.System, publishAt);
            Assert.True(published.Succeeded, published.Error);
        }

        await _database.DeliveredAsync();
        var seen = Assert.Single(_events.Published);
        Assert.Equal(new ArticlePublished(article.Id, article.Slug, publishAt), seen.Event);
        // What another connection saw in the database while the handler ran: the committed, published row.
        Assert.Equal(ArticleStatus.Published, seen.StoredStatus);
        Assert.Equal(publishAt, seen.StoredPublishedAt);
    }

    [Fact]
    public async Task Scheduling_is_a_save_that_is_not_public_yet_and_cancelling_it_too()
    {
        var article = await CreateAsync(Input("Bài hẹn giờ"));
        var at = _database.NowUtc.AddDays(3);
        await using var scope = _database.Scope();
        await Service(scope).MoveAsync(article.Id, ArticleStatus.InReview, Actor.System);
        await _database.DeliveredAsync();
        _events.Saved.Clear();

        var scheduled = await Service(scope).MoveAsync(article.Id, ArticleStatus.Scheduled, Actor.System, at);
        var cancelled = await Service(scope).MoveAsync(article.Id, ArticleStatus.Draft, Actors.Editor);

        Assert.True(scheduled.Succeeded, scheduled.Error);
        Assert.True(cancelled.Succeeded, cancelled.Error);
        await _database.DeliveredAsync();
        Assert.Empty(_events.Published);
        Assert.Empty(_events.Withdrawn);
        Assert.Equal([new ArticleSaved(article.Id, article.Slug, IsPublic: false), new ArticleSaved(article.Id, article.Slug, IsPublic: false)], _events.Saved);
    }

    [Fact]
    public async Task Every_write_appends_its_event_drafts_included()
    {
        var article = await CreateAsync(Input("Bản nháp có sự kiện"));
        var updated = await _database.UpdateAsync(article.Id, Input("Bản nháp đã sửa"), article.Version, Actors.Editor);
        Assert.True(updated.Succeeded, updated.Error);

        var log = await _database.ChangeLogAsync();

        Assert.Equal([new ArticleSaved(article.Id, article.Slug, false), new ArticleSaved(article.Id, article.Slug, false)],
            log.OfType<ArticleSaved>().Where(e => e.ArticleId == article.Id));
    }

    [Fact]
    public async Task Scheduling_in_the_past_is_rejected()
    {
        var article = await CreateAsync(Input("Hẹn giờ sai"));
        await using var scope = _database.Scope();
        await Service(scope).MoveAsync(article.Id, ArticleStatus.InReview, Actor.System);

        var result = await Service(scope).MoveAsync(article.Id, ArticleStatus.Scheduled, Actor.System, _database.NowUtc.AddMinutes(-1));

        Assert.False(result.Succeeded);
        Assert.Equal("PublishAt", result.Field);
        Assert.Equal("Thời điểm hẹn giờ phải ở tương lai.", result.Error);
        Assert.Equal(ArticleStatus.InReview, (await _database.ReadArticleAsync(article.Id))!.Status);
        await _database.DeliveredAsync();
        Assert.Empty(_events.Published);
    }

    [Fact]
    public async Task Publishing_without_a_time_uses_now()
    {
        var article = await CreateAsync(Input("Xuất bản ngay"));
        await using var scope = _database.Scope();
        await Service(scope).MoveAsync(article.Id, ArticleStatus.InReview, Actor.System);

        await Service(scope).MoveAsync(article.Id, ArticleStatus.Published, Actor.System);

        Assert.Equal(_database.NowUtc, (await _database.ReadArticleAsync(article.Id))!.PublishedAt);
    }

    [Fact]
    public async Task Archiving_withdraws_and_republishing_keeps_the_original_date()
    {
        var article = await CreatePublishedAsync("Bài lưu trữ", _database.NowUtc.AddDays(-30));
        var originalDate = (await _database.ReadArticleAsync(article.Id))!.PublishedAt;
        await _database.DeliveredAsync();
        _events.Published.Clear();

        await using (var scope = _database.Scope())
        {
            Assert.True((await Service(scope).MoveAsync(article.Id, ArticleStatus.Archived, Actor.System)).Succeeded);
        }
        await _database.DeliveredAsync();
        Assert.Equal(new ArticleWithdrawn(article.Id, article.Slug), Assert.Single(_events.Withdrawn));

        _database.Clock.Advance(TimeSpan.FromDays(5));
        await using (var scope = _database.Scope())
        {
            Assert.True((await Service(scope).MoveAsync(article.Id, ArticleStatus.Published, Actor.System)).Succeeded);
        }
        Assert.Equal(originalDate, (await _database.ReadArticleAsync(article.Id))!.PublishedAt);
        await _database.DeliveredAsync();
        Assert.Equal(new ArticlePublished(article.Id, article.Slug, originalDate!.Value), Assert.Single(_events.Published).Event);
    }

    [Fact]
    public async Task Invalid_move_returns_a_Vietnamese_error_and_changes_nothing()
    {
        var article = await CreateAsync(Input("Chưa duyệt"));

        await using var scope = _database.Scope();
        var result = await Service(scope).MoveAsync(article.Id, ArticleStatus.Published, Actor.System);

        Assert.Equal(OperationStatus.Invalid, result.Status);
        Assert.Equal("Không thể chuyển bài viết từ \"Bản nháp\" sang \"Đã xuất bản\".", result.Error);
        var stored = await _database.ReadArticleAsync(article.Id);
        Assert.Equal(ArticleStatus.Draft, stored!.Status);
        Assert.Null(stored.PublishedAt);
        await _database.DeliveredAsync();
        Assert.Empty(_events.Published);
    }

    [Fact]
    public async Task Moving_an_unknown_article_fails_in_Vietnamese()
    {
        await using var scope = _database.Scope();
        var result = await Service(scope).MoveAsync(123456, ArticleStatus.InReview, Actor.System);

        Assert.Equal(OperationStatus.NotFound, result.Status);
        Assert.Equal("Không tìm thấy bài viết.", result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public async Task Empty_title_is_rejected_with_field_Title(string title)
    {
        await using var scope = _database.Scope();
        var result = await Editor(scope).CreateAsync(Input(title), Actor.System);

        Assert.False(result.Succeeded);
        Assert.Equal("Title", result.Field);
        Assert.Equal("Vui lòng nhập tiêu đề bài viết.", result.Error);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.CountAsync());
    }

    [Fact]
    public async Task Too_long_title_is_rejected_with_field_Title()
    {
        await using var scope = _database.Scope();
        var result = await Editor(scope).CreateAsync(Input(new string('ệ', 301)), Actor.System);

        Assert.False(result.Succeeded);
        Assert.Equal("Title", result.Field);
    }

    [Fact]
    public async Task Unknown_category_is_rejected_with_field_CategoryId()
    {
        await using var scope = _database.Scope();
        var result = await Editor(scope).CreateAsync(Input("Bài viết") with { CategoryId = _category.Id + 1000 }, Actor.System);

        Assert.False(result.Succeeded);
        Assert.Equal("CategoryId", result.Field);
        Assert.Equal("Vui lòng chọn chuyên mục.", result.Error);
    }

    private static ArticleService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ArticleService>();

    private static ArticleEditor Editor(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ArticleEditor>();

    private ArticleInput Input(string title, string body = "Nội dung bài viết.") =>
        new() { Title = title, BodyMarkdown = body, CategoryId = _category.Id };

    private async Task<Article> CreateAsync(ArticleInput input)
    {
        await using var scope = _database.Scope();
        var result = await Editor(scope).CreateAsync(input, Actor.System);
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }

    private async Task<Article> CreatePublishedAsync(string title, DateTime? publishAt = null)
    {
        var article = await CreateAsync(Input(title));
        await using var scope = _database.Scope();
        Assert.True((await Service(scope).MoveAsync(article.Id, ArticleStatus.InReview, Actor.System)).Succeeded);
        var published = await Service(scope).MoveAsync(article.Id, ArticleStatus.Published, Actor.System, publishAt ?? _database.NowUtc.AddHours(-1));
        Assert.True(published.Succeeded, published.Error);
        return published.Value!;
    }

    /// <summary>Records events and, for each publication, what a separate connection sees in the database at that moment.</summary>
    private sealed class EventRecorder : IDomainEventHandler<ArticlePublished>, IDomainEventHandler<ArticleWithdrawn>, IDomainEventHandler<ArticleSaved>
    {
        public List<ArticleSaved> Saved { get; } = [];

        public Task HandleAsync(ArticleSaved domainEvent, CancellationToken cancellationToken)
        {
            Saved.Add(domainEvent);
            return Task.CompletedTask;
        }

        public string ConnectionString { get; set; } = "";
        public List<(ArticlePublished Event, ArticleStatus? StoredStatus, DateTime? StoredPublishedAt)> Published { get; } = [];
        public List<ArticleWithdrawn> Withdrawn { get; } = [];

        public async Task HandleAsync(ArticlePublished domainEvent, CancellationToken cancellationToken)
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT Status, PublishedAt FROM Articles WHERE Id = $id";
            command.Parameters.AddWithValue("$id", domainEvent.ArticleId);
            await using var row = await command.ExecuteReaderAsync(cancellationToken);
            if (await row.ReadAsync(cancellationToken))
            {
                var publishedAt = row.IsDBNull(1) ? (DateTime?)null : DateTime.SpecifyKind(row.GetDateTime(1), DateTimeKind.Utc);
                Published.Add((domainEvent, (ArticleStatus)row.GetInt32(0), publishedAt));
            }
            else
            {
                Published.Add((domainEvent, null, null));
            }
        }

        public Task HandleAsync(ArticleWithdrawn domainEvent, CancellationToken cancellationToken)
        {
            Withdrawn.Add(domainEvent);
            return Task.CompletedTask;
        }
    }
}
