using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Data.Seed;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Tests.Support;

namespace ThiDuaCms.Content.Tests.Recognition;

public sealed class CommendationServiceTests : IAsyncLifetime
{
    private RecognitionBed _bed = null!;

    public async Task InitializeAsync() => _bed = await RecognitionBed.CreateAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_year_outside_the_movements_period_is_refused()
    {
        var decision = await _bed.DraftAsync("27/QĐ-BVYHCT", new DateOnly(2023, 1, 25));

        var before = await _bed.AddAsync(decision.Id, await _bed.ToPersonAsync("Chiến sĩ thi đua cơ sở", 2022, _bed.MovementId));
        var within = await _bed.AddAsync(decision.Id, await _bed.ToPersonAsync("Chiến sĩ thi đua cơ sở", 2023, _bed.MovementId));

        Assert.False(before.Succeeded);
        Assert.Equal("Năm 2022 nằm ngoài thời gian của phong trào “Tạo dựng hình ảnh người cán bộ y tế Đất Sen Hồng” (2023–2025).", before.Error);
        Assert.True(within.Succeeded, within.Error);
    }

    [Fact]
    public async Task A_decision_dated_before_the_year_it_rewards_is_refused()
    {
        var decision = await _bed.DraftAsync("705/QĐ-UBND", new DateOnly(2025, 3, 19), StandardCatalog.ChuTichUbndTinh);

        var later = await _bed.AddAsync(decision.Id, await _bed.ToPersonAsync("Chiến sĩ thi đua cấp tỉnh", 2026));
        var same = await _bed.AddAsync(decision.Id, await _bed.ToPersonAsync("Chiến sĩ thi đua cấp tỉnh", 2025));

        Assert.False(later.Succeeded);
        Assert.Contains("không được trước ngày 01/01/2026", later.Error, StringComparison.Ordinal);
        Assert.Equal(nameof(CommendationInput.Year), later.Field);
        Assert.True(same.Succeeded, same.Error);
    }

    [Fact]
    public async Task A_title_is_given_only_to_the_kind_of_recipient_it_is_for()
    {
        var decision = await _bed.DraftAsync("15/QĐ-BVYHCT", new DateOnly(2025, 1, 14));

        var collectiveTitleToPerson = await _bed.AddAsync(decision.Id, await _bed.ToPersonAsync("Tập thể lao động tiên tiến", 2024));
        var individualTitleToDepartment = await _bed.AddAsync(decision.Id, await _bed.ToDepartmentAsync("Lao động tiên tiến", 2024));
        var formToDepartment = await _bed.AddAsync(decision.Id, await _bed.ToDepartmentAsync("Giấy khen", 2024));

        Assert.Equal("“Tập thể lao động tiên tiến” chỉ dành cho tập thể.", collectiveTitleToPerson.Error);
        Assert.Equal("“Lao động tiên tiến” chỉ dành cho cá nhân.", individualTitleToDepartment.Error);
        Assert.True(formToDepartment.Succeeded, formToDepartment.Error);
    }

    [Fact]
    public async Task A_commendation_has_exactly_one_recipient()
    {
        var decision = await _bed.DraftAsync("15/QĐ-BVYHCT", new DateOnly(2025, 1, 14));
        var both = await _bed.ToPersonAsync("Giấy khen", 2024) with { DepartmentId = _bed.DepartmentId };
        var none = both with { PersonId = null, DepartmentId = null };

        Assert.Equal(nameof(CommendationInput.PersonId), (await _bed.AddAsync(decision.Id, both)).Field);
        Assert.Equal(nameof(CommendationInput.PersonId), (await _bed.AddAsync(decision.Id, none)).Field);
        Assert.Equal(0, await _bed.ReadAsync(db => db.Commendations.CountAsync()));
    }

    [Fact]
    public async Task The_database_refuses_a_row_with_two_recipients()
    {
        var decision = await _bed.DraftAsync("15/QĐ-BVYHCT", new DateOnly(2025, 1, 14));
        var titleId = await _bed.TitleIdAsync("Giấy khen");
        await using var scope = _bed.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        db.Commendations.Add(new Commendation { DecisionId = decision.Id, TitleId = titleId, PersonId = _bed.PersonId, DepartmentId = _bed.DepartmentId, Year = 2024 });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task The_database_refuses_the_same_standing_grant_twice_in_a_decision_but_not_after_a_revocation()
    {
        var decision = await _bed.DraftAsync("15/QĐ-BVYHCT", new DateOnly(2025, 1, 14));
        var titleId = await _bed.TitleIdAsync("Giấy khen");
        Commendation Grant(DateOnly? revokedOn = null) => new()
        {
            DecisionId = decision.Id, TitleId = titleId, PersonId = _bed.PersonId, Year = 2024,
            RevokedOn = revokedOn, RevokedByNumber = revokedOn is null ? null : "92/QĐ-BVYHCT",
        };
        await using var scope = _bed.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        db.Commendations.AddRange(Grant(new DateOnly(2025, 2, 1)), Grant());
        await db.SaveChangesAsync();

        db.Commendations.Add(Grant());
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task An_emulation_title_is_given_once_per_recipient_and_year()
    {
        await _bed.PublishedAsync("20/QĐ-BVYHCT", new DateOnly(2023, 1, 19), await _bed.ToPersonAsync("Chiến sĩ thi đua cơ sở", 2022));
        var other = await _bed.DraftAsync("24/QĐ-BVYHCT", new DateOnly(2024, 1, 22));

        var again = await _bed.AddAsync(other.Id, await _bed.ToPersonAsync("Chiến sĩ thi đua cơ sở", 2022));
        var nextYear = await _bed.AddAsync(other.Id, await _bed.ToPersonAsync("Chiến sĩ thi đua cơ sở", 2023));

        Assert.Equal("Lương Thị Phương Thảo đã được công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2022 (Quyết định số 20/QĐ-BVYHCT).", again.Error);
        Assert.True(nextYear.Succeeded, nextYear.Error);
    }

    [Fact]
    public async Task A_form_is_given_once_per_recipient_and_decision()
    {
        var first = await _bed.DraftAsync("368/QĐ-BVYHCT", new DateOnly(2024, 12, 26));
        var second = await _bed.DraftAsync("372/QĐ-BVYHCT", new DateOnly(2025, 12, 29));
        Assert.True((await _bed.AddAsync(first.Id, await _bed.ToPersonAsync("Giấy khen", 2024))).Succeeded);

        var twice = await _bed.AddAsync(first.Id, await _bed.ToPersonAsync("Giấy khen", 2024));
        var otherDecision = await _bed.AddAsync(second.Id, await _bed.ToPersonAsync("Giấy khen", 2024));

        Assert.Equal("Lương Thị Phương Thảo đã có “Giấy khen” trong quyết định này.", twice.Error);
        Assert.True(otherDecision.Succeeded, otherDecision.Error);
    }

    [Fact]
    public async Task Texts_are_bounded_and_stored_NFC()
    {
        var decision = await _bed.DraftAsync("15/QĐ-BVYHCT", new DateOnly(2025, 1, 14));
        var input = await _bed.ToPersonAsync("Giấy khen", 2024);

        var tooLong = await _bed.AddAsync(decision.Id, input with { Citation = new string('a', FieldLimits.Citation + 1) });
        var tooLongPosition = await _bed.AddAsync(decision.Id, input with { PositionAtAward = new string('a', FieldLimits.PositionAtAward + 1) });
        var nfd = "Thành tích xuất sắc".Normalize(NormalizationForm.FormD);
        var added = await _bed.AddAsync(decision.Id, input with { Citation = nfd });

        Assert.Equal("Thành tích không được dài quá 20.000 ký tự.", tooLong.Error);
        Assert.Equal(nameof(CommendationInput.PositionAtAward), tooLongPosition.Field);
        var stored = await _bed.ReadAsync(db => db.Commendations.AsNoTracking().SingleAsync(c => c.Id == added.Value!.Id));
        Assert.Equal("Thành tích xuất sắc".Normalize(NormalizationForm.FormC), stored.Citation);
        // Left empty, the department and position at the award are the person's at entry.
        Assert.Equal(("Khoa Nhi", "Bác sĩ chuyên khoa I, Trưởng khoa"), (stored.DepartmentNameAtAward, stored.PositionAtAward));
    }

    [Fact]
    public async Task A_revoked_commendation_leaves_the_public_reader_and_stays_in_the_back_office()
    {
        var id = await _bed.PublishedAsync("368/QĐ-BVYHCT", new DateOnly(2024, 12, 26), await _bed.ToPersonAsync("Giấy khen", 2024));
        Assert.Single(await PublicAsync());

        var revoked = await _bed.WithAsync<CommendationService, OperationResult<Commendation>>(s =>
            s.RevokeAsync(id, new RevocationInput("92/QĐ-BVYHCT", new DateOnly(2025, 4, 18), "Thành tích kê khai không đúng thực tế."), Actors.Clerk));

        Assert.True(revoked.Succeeded, revoked.Error);
        Assert.Empty(await PublicAsync());
        var backOffice = Assert.Single(await _bed.WithAsync<CommendationService, IReadOnlyList<CommendationLine>>(s => s.OfRecipientAsync(_bed.PersonId, null)));
        Assert.True(backOffice.IsRevoked);
        Assert.False(backOffice.IsPublic);
        Assert.Equal(("92/QĐ-BVYHCT", new DateOnly(2025, 4, 18), "Thành tích kê khai không đúng thực tế."),
            (backOffice.RevokedByNumber, backOffice.RevokedOn, backOffice.RevokedReason));
        var audit = (await _bed.AuditAsync("Commendation", id)).Last();
        Assert.Equal(("Thu hồi khen thưởng", Actors.Clerk.Name), (audit.Action, audit.UserName));
        Assert.Equal("Giấy khen năm 2024 – Lương Thị Phương Thảo, Quyết định số 368/QĐ-BVYHCT; thu hồi theo Quyết định số 92/QĐ-BVYHCT ngày 18/04/2025: Thành tích kê khai không đúng thực tế.", audit.Details);
    }

    [Fact]
    public async Task A_revocation_needs_its_decision_number_a_reason_and_a_date_not_in_the_future()
    {
        var id = await _bed.PublishedAsync("368/QĐ-BVYHCT", new DateOnly(2024, 12, 26), await _bed.ToPersonAsync("Giấy khen", 2024));

        Task<OperationResult<Commendation>> Revoke(RevocationInput input) =>
            _bed.WithAsync<CommendationService, OperationResult<Commendation>>(s => s.RevokeAsync(id, input, Actors.Clerk));

        Assert.Equal(nameof(RevocationInput.Number), (await Revoke(new RevocationInput(" ", new DateOnly(2025, 4, 18), "Lý do"))).Field);
        Assert.Equal(nameof(RevocationInput.Reason), (await Revoke(new RevocationInput("92/QĐ-BVYHCT", new DateOnly(2025, 4, 18), ""))).Field);
        Assert.Equal("Ngày thu hồi 21/11/2026 ở tương lai.", (await Revoke(new RevocationInput("92/QĐ-BVYHCT", new DateOnly(2026, 11, 21), "Lý do"))).Error);
        Assert.Single(await PublicAsync());
    }

    [Fact]
    public async Task A_commendation_that_has_been_public_is_never_deleted_one_of_a_draft_is()
    {
        var publicId = await _bed.PublishedAsync("368/QĐ-BVYHCT", new DateOnly(2024, 12, 26), await _bed.ToPersonAsync("Giấy khen", 2024));
        var draft = await _bed.DraftAsync("372/QĐ-BVYHCT", new DateOnly(2025, 12, 29));
        var draftId = (await _bed.AddAsync(draft.Id, await _bed.ToPersonAsync("Giấy khen", 2025))).Value!.Id;

        var refused = await _bed.WithAsync<CommendationService, OperationResult>(s => s.DeleteAsync(publicId, Actors.Clerk));
        var deleted = await _bed.WithAsync<CommendationService, OperationResult>(s => s.DeleteAsync(draftId, Actors.Clerk));

        Assert.Equal("Khen thưởng đã công bố không thể xóa; nếu có sai sót, hãy thu hồi bằng quyết định thu hồi.", refused.Error);
        Assert.True(deleted.Succeeded, deleted.Error);
        Assert.Equal([publicId], await _bed.ReadAsync(db => db.Commendations.Select(c => c.Id).ToListAsync()));
        Assert.Equal(["Thêm khen thưởng", "Xóa khen thưởng khỏi quyết định chưa công bố"], (await _bed.AuditAsync("Commendation", draftId)).Select(e => e.Action));
    }

    [Fact]
    public async Task A_published_decision_takes_no_new_recipient_and_keeps_its_recipients()
    {
        var id = await _bed.PublishedAsync("368/QĐ-BVYHCT", new DateOnly(2024, 12, 26), await _bed.ToPersonAsync("Giấy khen", 2024));
        var decisionId = await _bed.ReadAsync(db => db.Commendations.Where(c => c.Id == id).Select(c => c.DecisionId).SingleAsync());

        var added = await _bed.AddAsync(decisionId, await _bed.ToDepartmentAsync("Giấy khen", 2024));
        var moved = await _bed.WithAsync<CommendationService, OperationResult<Commendation>>(async s =>
            await s.UpdateAsync(id, await _bed.ToDepartmentAsync("Giấy khen", 2024), Actors.Clerk));
        var corrected = await _bed.WithAsync<CommendationService, OperationResult<Commendation>>(async s =>
            await s.UpdateAsync(id, await _bed.ToPersonAsync("Giấy khen", 2024) with { Citation = "Thành tích đã sửa." }, Actors.Clerk));

        Assert.False(added.Succeeded);
        Assert.False(moved.Succeeded);
        Assert.True(corrected.Succeeded, corrected.Error);
        Assert.Equal("Thành tích đã sửa.", Assert.Single(await PublicAsync()).Citation);
    }

    [Fact]
    public async Task Only_the_clerk_and_the_administrator_may_write()
    {
        var decision = await _bed.DraftAsync("15/QĐ-BVYHCT", new DateOnly(2025, 1, 14));
        var input = await _bed.ToPersonAsync("Giấy khen", 2024);

        var byEditor = await _bed.WithAsync<CommendationService, OperationResult<Commendation>>(s => s.AddAsync(decision.Id, input, Actors.Editor));
        var byAdministrator = await _bed.WithAsync<CommendationService, OperationResult<Commendation>>(s => s.AddAsync(decision.Id, input, Actors.Administrator));

        Assert.Equal(OperationStatus.Forbidden, byEditor.Status);
        Assert.True(byAdministrator.Succeeded, byAdministrator.Error);
    }

    [Fact]
    public async Task Each_write_appends_its_event_saying_whether_the_commendation_is_public()
    {
        var decision = await _bed.DraftAsync("368/QĐ-BVYHCT", new DateOnly(2024, 12, 26));
        var id = (await _bed.AddAsync(decision.Id, await _bed.ToPersonAsync("Giấy khen", 2024))).Value!.Id;
        await _bed.PublishAsync(decision.Id);
        await _bed.WithAsync<CommendationService, OperationResult<Commendation>>(s =>
            s.RevokeAsync(id, new RevocationInput("92/QĐ-BVYHCT", new DateOnly(2025, 4, 18), "Sai thành tích."), Actors.Clerk));

        var events = (await _bed.Database.ChangeLogAsync()).Where(e => e is DecisionChanged or CommendationChanged or CommendationRevoked).ToList();

        Assert.Equal<IDomainEvent>(
        [
            new DecisionChanged(decision.Id, "368/QĐ-BVYHCT", DecisionState.Draft, false),
            new CommendationChanged(id, decision.Id, _bed.PersonId, null, IsPublic: false),
            new DecisionChanged(decision.Id, "368/QĐ-BVYHCT", DecisionState.Checked, false),
            new DecisionChanged(decision.Id, "368/QĐ-BVYHCT", DecisionState.Published, true),
            new CommendationChanged(id, decision.Id, _bed.PersonId, null, IsPublic: true),
            new CommendationRevoked(id, decision.Id, _bed.PersonId, null),
        ], events);
    }

    [Fact]
    public async Task A_write_rolled_back_leaves_neither_the_commendation_nor_its_event_nor_its_audit_entry()
    {
        var decision = await _bed.DraftAsync("368/QĐ-BVYHCT", new DateOnly(2024, 12, 26));
        var input = await _bed.ToPersonAsync("Giấy khen", 2024);
        var before = (await _bed.Database.ChangeLogAsync()).Count;
        await using (var scope = _bed.Database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var added = await scope.ServiceProvider.GetRequiredService<CommendationService>().AddAsync(decision.Id, input, Actors.Clerk);
            Assert.True(added.Succeeded, added.Error);
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await _bed.ReadAsync(db => db.Commendations.CountAsync()));
        Assert.Equal(before, (await _bed.Database.ChangeLogAsync()).Count);
        Assert.Equal(0, await _bed.ReadAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Commendation")));
    }

    private Task<IReadOnlyList<CommendationLine>> PublicAsync() =>
        _bed.WithAsync<RecognitionReader, IReadOnlyList<CommendationLine>>(r => r.CommendationsOfAsync(_bed.PersonId, null));
}
