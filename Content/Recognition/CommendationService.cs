using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Recognition;

/// <summary>One recipient of a decision, as the clerk enters it: a person or a department, never both.</summary>
public sealed record CommendationInput
{
    public int TitleId { get; init; }
    public int? PersonId { get; init; }
    public int? DepartmentId { get; init; }
    public int Year { get; init; }
    public int? MovementId { get; init; }
    public string? Citation { get; init; }
    /// <summary>As written on the decision; the person's department today when left empty.</summary>
    public string? DepartmentNameAtAward { get; init; }
    /// <summary>As written on the decision; the person's position today when left empty.</summary>
    public string? PositionAtAward { get; init; }
}

/// <summary>Thu hồi: the revoking decision's number and date, and the reason.</summary>
public sealed record RevocationInput(string? Number, DateOnly On, string? Reason);

/// <summary>
/// The commendations of a decision: added and edited with the rules of Luật Thi đua, khen thưởng the clerk expects
/// (year within the movement, decision dated in or after the year it rewards, title allowed for the recipient, no
/// duplicate), revoked with the revoking decision, and removed only while their decision was never public.
/// Audited, with change-log events in the same transaction.
/// </summary>
public sealed class CommendationService(ContentDbContext db, AuditLog audit, ChangeLog changes, TimeProvider clock)
{
    private const string EntityType = "Commendation";
    private const string NotFound = "Không tìm thấy khen thưởng.";

    /// <summary>Every commendation of a decision for the back office, revoked ones included, by standing.</summary>
    public async Task<IReadOnlyList<CommendationLine>> OfDecisionAsync(int decisionId, CancellationToken ct = default) =>
        await CommendationLine.InStanding(db.Commendations.AsNoTracking().Where(c => c.DecisionId == decisionId))
            .Select(CommendationLine.Projection).ToListAsync(ct);

    /// <summary>Every commendation of a person or a department for the back office: revoked and unpublished ones included, marked.</summary>
    public async Task<IReadOnlyList<CommendationLine>> OfRecipientAsync(int? personId, int? departmentId, CancellationToken ct = default) =>
        await CommendationLine.InStanding(db.Commendations.AsNoTracking()
                .Where(c => (personId != null && c.PersonId == personId) || (departmentId != null && c.DepartmentId == departmentId)))
            .Select(CommendationLine.Projection).ToListAsync(ct);

    /// <summary>Adds a recipient to a decision not yet published.</summary>
    public async Task<OperationResult<Commendation>> AddAsync(int decisionId, CommendationInput input, Actor actor, CancellationToken ct = default)
    {
        if (!RecognitionWrites.MayWrite(actor))
        {
            return OperationResult<Commendation>.Forbidden(RecognitionWrites.Forbidden);
        }
        var decision = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == decisionId, ct);
        if (decision is null)
        {
            return OperationResult<Commendation>.NotFound("Không tìm thấy quyết định khen thưởng.");
        }
        if (decision.State == DecisionState.Published)
        {
            return OperationResult<Commendation>.Fail(
                $"Quyết định số {decision.Number} đã công bố: không thể thêm người được khen thưởng. Hãy nhập quyết định bổ sung.");
        }
        var commendation = new Commendation { DecisionId = decisionId };
        if (await ApplyAsync(commendation, decision, input, ct) is { } invalid)
        {
            return invalid.As<Commendation>();
        }
        var description = await DescribeAsync(commendation, decision, ct);
        db.Commendations.Add(commendation);
        var saved = await RecognitionWrites.SaveAsync(db, () =>
        {
            audit.Record(actor, "Thêm khen thưởng", EntityType, commendation.Id, description);
            changes.Append(new CommendationChanged(commendation.Id, decisionId, commendation.PersonId, commendation.DepartmentId, IsPublic: false));
        }, ct);
        return saved ? OperationResult<Commendation>.Ok(commendation) : OperationResult<Commendation>.Fail(RecognitionWrites.ChangedMeanwhile);
    }

    /// <summary>
    /// Edits a commendation; one that has been public may be corrected (title, year, citation, …) but keeps its
    /// recipient: a wrong recipient is revoked and granted anew.
    /// </summary>
    public async Task<OperationResult<Commendation>> UpdateAsync(int id, CommendationInput input, Actor actor, CancellationToken ct = default)
    {
        var (commendation, refused) = await ForWriteAsync(id, actor, ct);
        if (commendation is null)
        {
            return refused!;
        }
        var decision = commendation.Decision;
        if (decision.PublishedAt is not null && (input.PersonId != commendation.PersonId || input.DepartmentId != commendation.DepartmentId))
        {
            return OperationResult<Commendation>.Fail(
                "Khen thưởng đã công bố không thể đổi người được khen: hãy thu hồi và nhập khen thưởng mới.", nameof(CommendationInput.PersonId));
        }
        if (await ApplyAsync(commendation, decision, input, ct) is { } invalid)
        {
            return invalid.As<Commendation>();
        }
        audit.Record(actor, "Sửa khen thưởng", EntityType, id, await DescribeAsync(commendation, decision, ct));
        changes.Append(new CommendationChanged(id, decision.Id, commendation.PersonId, commendation.DepartmentId, IsPublic(commendation, decision)));
        return await RecognitionWrites.SaveAsync(db, () => { }, ct)
            ? OperationResult<Commendation>.Ok(commendation)
            : OperationResult<Commendation>.Fail(RecognitionWrites.ChangedMeanwhile);
    }

    /// <summary>Revokes (thu hồi) a commendation of a published decision: it leaves every public page and stays in the back office.</summary>
    public async Task<OperationResult<Commendation>> RevokeAsync(int id, RevocationInput input, Actor actor, CancellationToken ct = default)
    {
        var (commendation, refused) = await ForWriteAsync(id, actor, ct);
        if (commendation is null)
        {
            return refused!;
        }
        var decision = commendation.Decision;
        if (commendation.IsRevoked)
        {
            return OperationResult<Commendation>.Fail(
                $"Khen thưởng đã bị thu hồi theo Quyết định số {commendation.RevokedByNumber} ngày {VietnamTime.Date(commendation.RevokedOn!.Value)}.");
        }
        if (decision.PublishedAt is null)
        {
            return OperationResult<Commendation>.Fail("Quyết định chưa công bố: hãy xóa khen thưởng khỏi quyết định thay vì thu hồi.");
        }
        var number = VietnameseText.Nfc(input.Number ?? "");
        var reason = VietnameseText.Nfc(input.Reason ?? "");
        if (number.Length == 0)
        {
            return OperationResult<Commendation>.Fail("Vui lòng nhập số quyết định thu hồi.", nameof(RevocationInput.Number));
        }
        if (reason.Length == 0)
        {
            return OperationResult<Commendation>.Fail("Vui lòng nhập lý do thu hồi.", nameof(RevocationInput.Reason));
        }
        var tooLong = FieldLimits.TooLong(number, FieldLimits.DecisionNumber, "Số quyết định thu hồi", nameof(RevocationInput.Number))
            ?? FieldLimits.TooLong(reason, FieldLimits.RevokedReason, "Lý do thu hồi", nameof(RevocationInput.Reason));
        if (tooLong is not null)
        {
            return tooLong.As<Commendation>();
        }
        if (input.On > VietnamTime.Today(clock))
        {
            return OperationResult<Commendation>.Fail($"Ngày thu hồi {VietnamTime.Date(input.On)} ở tương lai.", nameof(RevocationInput.On));
        }
        if (input.On < decision.Date)
        {
            return OperationResult<Commendation>.Fail(
                $"Ngày thu hồi không được trước ngày quyết định khen thưởng ({VietnamTime.Date(decision.Date)}).", nameof(RevocationInput.On));
        }
        commendation.RevokedByNumber = number;
        commendation.RevokedOn = input.On;
        commendation.RevokedReason = reason;
        audit.Record(actor, "Thu hồi khen thưởng", EntityType, id,
            $"{await DescribeAsync(commendation, decision, ct)}; thu hồi theo Quyết định số {number} ngày {VietnamTime.Date(input.On)}: {reason}");
        changes.Append(new CommendationRevoked(id, decision.Id, commendation.PersonId, commendation.DepartmentId));
        await db.SaveChangesAsync(ct);
        return OperationResult<Commendation>.Ok(commendation);
    }

    /// <summary>Removes a commendation from a decision that was never published; one that has been public is revoked instead, never deleted.</summary>
    public async Task<OperationResult> DeleteAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var (commendation, refused) = await ForWriteAsync(id, actor, ct);
        if (commendation is null)
        {
            return refused!;
        }
        var decision = commendation.Decision;
        if (decision.HasBeenPublic)
        {
            return OperationResult.Fail("Khen thưởng đã công bố không thể xóa; nếu có sai sót, hãy thu hồi bằng quyết định thu hồi.");
        }
        var description = await DescribeAsync(commendation, decision, ct);
        db.Commendations.Remove(commendation);
        audit.Record(actor, "Xóa khen thưởng khỏi quyết định chưa công bố", EntityType, id, description);
        changes.Append(new CommendationChanged(id, decision.Id, commendation.PersonId, commendation.DepartmentId, IsPublic: false, Deleted: true));
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok();
    }

    /// <summary>The commendation a clerk's write is about, with its decision; or, when null, why the write is refused.</summary>
    private async Task<(Commendation? Commendation, OperationResult<Commendation>? Refused)> ForWriteAsync(int id, Actor actor, CancellationToken ct)
    {
        if (!RecognitionWrites.MayWrite(actor))
        {
            return (null, OperationResult<Commendation>.Forbidden(RecognitionWrites.Forbidden));
        }
        var commendation = await db.Commendations.Include(c => c.Decision).FirstOrDefaultAsync(c => c.Id == id, ct);
        return commendation is null ? (null, OperationResult<Commendation>.NotFound(NotFound)) : (commendation, null);
    }

    private static bool IsPublic(Commendation c, Decision d) => d.State == DecisionState.Published && !c.IsRevoked;

    private async Task<OperationResult?> ApplyAsync(Commendation commendation, Decision decision, CommendationInput input, CancellationToken ct)
    {
        var citation = VietnameseText.NfcOrNull(input.Citation);
        var departmentName = VietnameseText.NfcOrNull(input.DepartmentNameAtAward);
        var position = VietnameseText.NfcOrNull(input.PositionAtAward);
        var tooLong = FieldLimits.TooLong(citation, FieldLimits.Citation, "Thành tích", nameof(CommendationInput.Citation))
            ?? FieldLimits.TooLong(departmentName, FieldLimits.DepartmentNameAtAward, "Khoa/phòng khi khen thưởng", nameof(CommendationInput.DepartmentNameAtAward))
            ?? FieldLimits.TooLong(position, FieldLimits.PositionAtAward, "Chức danh khi khen thưởng", nameof(CommendationInput.PositionAtAward));
        if (tooLong is not null)
        {
            return tooLong;
        }
        if ((input.PersonId is null) == (input.DepartmentId is null))
        {
            return OperationResult.Fail("Vui lòng chọn một cá nhân hoặc một tập thể được khen thưởng (không chọn cả hai).", nameof(CommendationInput.PersonId));
        }
        var recipient = input.PersonId is not null ? RecipientKind.Individual : RecipientKind.Collective;
        string recipientName;
        if (input.PersonId is { } personId)
        {
            var person = await db.People.AsNoTracking().Include(p => p.Department).FirstOrDefaultAsync(p => p.Id == personId, ct);
            if (person is null)
            {
                return OperationResult.Fail("Không tìm thấy cá nhân được khen thưởng.", nameof(CommendationInput.PersonId));
            }
            recipientName = person.FullName;
            departmentName ??= person.Department?.Name;
            position ??= person.Position;
        }
        else
        {
            var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == input.DepartmentId, ct);
            if (department is null)
            {
                return OperationResult.Fail("Không tìm thấy tập thể được khen thưởng.", nameof(CommendationInput.DepartmentId));
            }
            recipientName = department.Name;
            departmentName ??= department.Name;
            position = null;
        }
        var title = await db.CommendationTitles.AsNoTracking().FirstOrDefaultAsync(t => t.Id == input.TitleId, ct);
        if (title is null)
        {
            return OperationResult.Fail("Vui lòng chọn danh hiệu hoặc hình thức khen thưởng.", nameof(CommendationInput.TitleId));
        }
        if (!title.Allows(recipient))
        {
            return OperationResult.Fail(
                $"“{title.Name}” chỉ dành cho {(title.For == TitleRecipients.Individual ? "cá nhân" : "tập thể")}.", nameof(CommendationInput.TitleId));
        }
        if (!VietnamTime.IsSupportedPeriod(input.Year))
        {
            return OperationResult.Fail("Vui lòng nhập năm được khen thưởng.", nameof(CommendationInput.Year));
        }
        if (decision.Date < new DateOnly(input.Year, 1, 1))
        {
            return OperationResult.Fail(
                $"Quyết định ngày {VietnamTime.Date(decision.Date)} không thể khen thưởng cho năm {input.Year}: ngày quyết định không được trước ngày 01/01/{input.Year}.",
                nameof(CommendationInput.Year));
        }
        if (input.MovementId is { } movementId)
        {
            var movement = await db.Movements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == movementId, ct);
            if (movement is null)
            {
                return OperationResult.Fail("Không tìm thấy phong trào thi đua.", nameof(CommendationInput.MovementId));
            }
            if (input.Year < movement.StartDate.Year || input.Year > movement.EndDate?.Year)
            {
                var period = $"{movement.StartDate.Year}–{(movement.EndDate is { } end ? end.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "nay")}";
                return OperationResult.Fail(
                    $"Năm {input.Year} nằm ngoài thời gian của phong trào “{movement.Name}” ({period}).", nameof(CommendationInput.Year));
            }
        }
        if (await FindDuplicateAsync(commendation.Id, decision.Id, title, input, ct) is { } duplicate)
        {
            return OperationResult.Fail(title.Kind == CommendationKind.EmulationTitle
                ? $"{recipientName} đã được công nhận danh hiệu “{title.Name}” năm {input.Year} (Quyết định số {duplicate})."
                : $"{recipientName} đã có “{title.Name}” trong quyết định này.", nameof(CommendationInput.TitleId));
        }

        commendation.TitleId = title.Id;
        commendation.PersonId = input.PersonId;
        commendation.DepartmentId = input.DepartmentId;
        commendation.Year = input.Year;
        commendation.MovementId = input.MovementId;
        commendation.Citation = citation;
        commendation.DepartmentNameAtAward = departmentName;
        commendation.PositionAtAward = position;
        return null;
    }

    /// <summary>
    /// The number of the decision already granting the same: an emulation title once per recipient and year (in any
    /// decision), a form once per recipient and decision. A revoked one does not count: it may be granted again.
    /// </summary>
    private async Task<string?> FindDuplicateAsync(int id, int decisionId, CommendationTitle title, CommendationInput input, CancellationToken ct)
    {
        var same = db.Commendations.Where(c => c.Id != id && c.TitleId == title.Id && c.RevokedOn == null
            && c.PersonId == input.PersonId && c.DepartmentId == input.DepartmentId);
        same = title.Kind == CommendationKind.EmulationTitle ? same.Where(c => c.Year == input.Year) : same.Where(c => c.DecisionId == decisionId);
        return await same.Select(c => c.Decision.Number).FirstOrDefaultAsync(ct);
    }

    /// <summary>"Giấy khen năm 2024 – Lương Thị Phương Thảo, Quyết định số 368/QĐ-BVYHCT": what the audit log keeps, even after a deletion.</summary>
    private async Task<string> DescribeAsync(Commendation c, Decision d, CancellationToken ct)
    {
        var title = await db.CommendationTitles.Where(t => t.Id == c.TitleId).Select(t => t.Name).FirstOrDefaultAsync(ct);
        var recipient = c.PersonId is { } personId
            ? await db.People.Where(p => p.Id == personId).Select(p => p.FullName).FirstOrDefaultAsync(ct)
            : await db.Departments.Where(x => x.Id == c.DepartmentId).Select(x => x.Name).FirstOrDefaultAsync(ct);
        return $"{title} năm {c.Year} – {recipient}, Quyết định số {d.Number}";
    }
}
