using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Data.Seed;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Tests.Support;

namespace ThiDuaCms.Content.Tests.Recognition;

public sealed class DecisionServiceTests : IAsyncLifetime
{
    private RecognitionBed _bed = null!;

    public async Task InitializeAsync() => _bed = await RecognitionBed.CreateAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    private Task<OperationResult<Decision>> CreateAsync(DecisionInput input) =>
        _bed.WithAsync<DecisionService, OperationResult<Decision>>(s => s.CreateDraftAsync(input, Actors.Clerk));

    [Fact]
    public async Task A_decision_dated_in_the_future_is_refused()
    {
        var authorityId = await _bed.AuthorityIdAsync(StandardCatalog.GiamDocSoYTe);

        // Today is 20/11/2026 in Vietnam.
        var tomorrow = await CreateAsync(new DecisionInput { Number = "152/QĐ-SYT", Date = new DateOnly(2026, 11, 21), AuthorityId = authorityId });
        var today = await CreateAsync(new DecisionInput { Number = "152/QĐ-SYT", Date = new DateOnly(2026, 11, 20), AuthorityId = authorityId });

        Assert.Equal("Ngày quyết định 21/11/2026 ở tương lai.", tomorrow.Error);
        Assert.True(today.Succeeded, today.Error);
        Assert.Equal(DecisionState.Draft, today.Value!.State);
    }

    [Fact]
    public async Task A_number_is_needed_and_is_taken_once_per_authority_and_year()
    {
        var soYTe = await _bed.AuthorityIdAsync(StandardCatalog.GiamDocSoYTe);
        var benhVien = await _bed.AuthorityIdAsync(StandardCatalog.GiamDocBenhVien);
        await _bed.DraftAsync("152/QĐ-SYT", new DateOnly(2025, 3, 7), StandardCatalog.GiamDocSoYTe);

        var missing = await CreateAsync(new DecisionInput { Number = "  ", Date = new DateOnly(2025, 3, 7), AuthorityId = soYTe });
        var sameYear = await CreateAsync(new DecisionInput { Number = "152/QĐ-SYT", Date = new DateOnly(2025, 12, 1), AuthorityId = soYTe });
        var nextYear = await CreateAsync(new DecisionInput { Number = "152/QĐ-SYT", Date = new DateOnly(2026, 3, 7), AuthorityId = soYTe });
        var otherAuthority = await CreateAsync(new DecisionInput { Number = "152/QĐ-SYT", Date = new DateOnly(2025, 3, 7), AuthorityId = benhVien });
        var noAuthority = await CreateAsync(new DecisionInput { Number = "153/QĐ-SYT", Date = new DateOnly(2025, 3, 7), AuthorityId = 0 });

        Assert.Equal(nameof(DecisionInput.Number), missing.Field);
        Assert.Equal("Đã có Quyết định số 152/QĐ-SYT năm 2025 của Giám đốc Sở Y tế.", sameYear.Error);
        Assert.True(nextYear.Succeeded, nextYear.Error);
        Assert.True(otherAuthority.Succeeded, otherAuthority.Error);
        Assert.Equal(nameof(DecisionInput.AuthorityId), noAuthority.Field);
    }

    [Fact]
    public async Task A_decision_is_checked_before_it_is_published_and_its_commendations_go_public_with_it()
    {
        var decision = await _bed.DraftAsync("368/QĐ-BVYHCT", new DateOnly(2024, 12, 26));
        Assert.True((await _bed.WithAsync<DecisionService, OperationResult<Decision>>(s => s.CheckAsync(decision.Id, Actors.Clerk))).Succeeded);
        var empty = await _bed.WithAsync<DecisionService, OperationResult<Decision>>(s => s.PublishAsync(decision.Id, Actors.Clerk));
        Assert.Equal("Quyết định chưa có cá nhân, tập thể nào được khen thưởng: hãy thêm trước khi công bố.", empty.Error);
        await _bed.WithAsync<DecisionService, OperationResult<Decision>>(s => s.ReturnToDraftAsync(decision.Id, Actors.Clerk));
        Assert.True((await _bed.AddAsync(decision.Id, await _bed.ToPersonAsync("Giấy khen", 2024))).Succeeded);

        var fromDraft = await _bed.WithAsync<DecisionService, OperationResult<Decision>>(s => s.PublishAsync(decision.Id, Actors.Clerk));
        Assert.Equal("Quyết định đang ở trạng thái “Nháp”, không thể chuyển sang “Đã công bố”.", fromDraft.Error);
        Assert.Empty(await PublicAsync());
        await _bed.WithAsync<DecisionService, OperationResult<Decision>>(s => s.CheckAsync(decision.Id, Actors.Clerk));
        Assert.Empty(await PublicAsync());

        var published = await _bed.WithAsync<DecisionService, OperationResult<Decision>>(s => s.PublishAsync(decision.Id, Actors.Clerk));

        Assert.True(published.Succeeded, published.Error);
        Assert.Equal(_bed.Database.NowUtc, published.Value!.PublishedAt);
        Assert.Equal("368/QĐ-BVYHCT", Assert.Single(await PublicAsync()).DecisionNumber);
        Assert.Equal(
            ["Tạo quyết định khen thưởng", "Kiểm tra quyết định", "Trả quyết định về nháp", "Kiểm tra quyết định", "Công bố quyết định"],
            (await _bed.AuditAsync("Decision", decision.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task A_draft_is_deleted_with_its_commendations_a_published_decision_never()
    {
        var draft = await _bed.DraftAsync("21/QĐ-BVYHCT", new DateOnly(2025, 1, 15));
        var ids = new List<int>
        {
            (await _bed.AddAsync(draft.Id, await _bed.ToPersonAsync("Lao động tiên tiến", 2024))).Value!.Id,
            (await _bed.AddAsync(draft.Id, await _bed.ToDepartmentAsync("Tập thể lao động tiên tiến", 2024))).Value!.Id,
        };
        await _bed.PublishedAsync("368/QĐ-BVYHCT", new DateOnly(2024, 12, 26), await _bed.ToPersonAsync("Giấy khen", 2024));
        var publishedId = await _bed.ReadAsync(db => db.Decisions.Where(d => d.Number == "368/QĐ-BVYHCT").Select(d => d.Id).SingleAsync());

        var deleted = await _bed.WithAsync<DecisionService, OperationResult>(s => s.DeleteDraftAsync(draft.Id, Actors.Clerk));
        var refused = await _bed.WithAsync<DecisionService, OperationResult>(s => s.DeleteDraftAsync(publishedId, Actors.Clerk));

        Assert.True(deleted.Succeeded, deleted.Error);
        Assert.StartsWith("Quyết định số 368/QĐ-BVYHCT đã công bố nên không thể xóa", refused.Error, StringComparison.Ordinal);
        Assert.Equal(["368/QĐ-BVYHCT"], await _bed.ReadAsync(db => db.Decisions.Select(d => d.Number).ToListAsync()));
        Assert.Equal(1, await _bed.ReadAsync(db => db.Commendations.CountAsync()));
        var audit = (await _bed.AuditAsync("Decision", draft.Id)).Last();
        Assert.Equal(("Xóa quyết định khen thưởng chưa công bố", "Quyết định số 21/QĐ-BVYHCT ngày 15/01/2025, 2 khen thưởng"), (audit.Action, audit.Details));
        var deletedEvent = Assert.IsType<DecisionDeleted>((await _bed.Database.ChangeLogAsync()).Last());
        Assert.Equal(draft.Id, deletedEvent.DecisionId);
        Assert.Equal(ids, deletedEvent.CommendationIds);
    }

    [Fact]
    public async Task A_decision_cannot_be_redated_before_the_year_it_rewards()
    {
        var decision = await _bed.DraftAsync("705/QĐ-UBND", new DateOnly(2025, 3, 19), StandardCatalog.ChuTichUbndTinh);
        Assert.True((await _bed.AddAsync(decision.Id, await _bed.ToPersonAsync("Chiến sĩ thi đua cấp tỉnh", 2025))).Succeeded);
        var input = new DecisionInput { Number = "705/QĐ-UBND", Date = new DateOnly(2024, 12, 30), AuthorityId = decision.AuthorityId };

        var redated = await _bed.WithAsync<DecisionService, OperationResult<Decision>>(s => s.UpdateAsync(decision.Id, input, Actors.Clerk));

        Assert.Equal("Quyết định có khen thưởng cho năm 2025: ngày quyết định không được trước ngày 01/01/2025.", redated.Error);
        Assert.Equal(new DateOnly(2025, 3, 19), await _bed.ReadAsync(db => db.Decisions.Select(d => d.Date).SingleAsync()));
    }

    [Fact]
    public async Task Only_the_clerk_and_the_administrator_may_enter_decisions()
    {
        var input = new DecisionInput { Number = "1/QĐ-BVYHCT", Date = new DateOnly(2025, 1, 2), AuthorityId = await _bed.AuthorityIdAsync(StandardCatalog.GiamDocBenhVien) };

        var byAuthor = await _bed.WithAsync<DecisionService, OperationResult<Decision>>(s => s.CreateDraftAsync(input, Actors.Author));

        Assert.Equal(OperationStatus.Forbidden, byAuthor.Status);
        Assert.Equal(0, await _bed.ReadAsync(db => db.Decisions.CountAsync()));
    }

    private Task<IReadOnlyList<CommendationLine>> PublicAsync() =>
        _bed.WithAsync<RecognitionReader, IReadOnlyList<CommendationLine>>(r => r.CommendationsOfAsync(_bed.PersonId, null));
}
