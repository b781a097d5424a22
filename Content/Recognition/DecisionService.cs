using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Recognition;

/// <summary>A decision's header as the clerk enters it: the number and date first, the rest when known.</summary>
public sealed record DecisionInput
{
    public string? Number { get; init; }
    public DateOnly Date { get; init; }
    public int AuthorityId { get; init; }
    public string? SignerName { get; init; }
    public string? SignerPosition { get; init; }
    public string? Subject { get; init; }
}

/// <summary>
/// Decisions on commendation: created as drafts by number and date, edited, checked, then published, when their
/// commendations go public together. A decision never published may be deleted with its commendations (this is how a
/// wrong import is undone); a published one never is. Audited, with change-log events in the same transaction.
/// </summary>
public sealed class DecisionService(ContentDbContext db, AuditLog audit, ChangeLog changes, TimeProvider clock)
{
    private const string EntityType = "Decision";

    /// <summary>The moves a decision may make: checked after entry, back to draft to fix, published once checked.</summary>
    private static readonly Dictionary<(DecisionState From, DecisionState To), string> Moves = new()
    {
        [(DecisionState.Draft, DecisionState.Checked)] = "Kiểm tra quyết định",
        [(DecisionState.Checked, DecisionState.Draft)] = "Trả quyết định về nháp",
        [(DecisionState.Checked, DecisionState.Published)] = "Công bố quyết định",
    };

    /// <summary>A decision with its commendations (revoked ones included), for the back office.</summary>
    public Task<Decision?> GetAsync(int id, CancellationToken ct = default) =>
        db.Decisions.AsNoTracking()
            .Include(d => d.Authority)
            .Include(d => d.Commendations).ThenInclude(c => c.Title)
            .Include(d => d.Commendations).ThenInclude(c => c.Person)
            .Include(d => d.Commendations).ThenInclude(c => c.Department)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, ct);

    public async Task<OperationResult<Decision>> CreateDraftAsync(DecisionInput input, Actor actor, CancellationToken ct = default)
    {
        if (!RecognitionWrites.MayWrite(actor))
        {
            return OperationResult<Decision>.Forbidden(RecognitionWrites.Forbidden);
        }
        var decision = new Decision { State = DecisionState.Draft };
        if (await ApplyAsync(decision, input, ct) is { } invalid)
        {
            return invalid.As<Decision>();
        }
        db.Decisions.Add(decision);
        var saved = await RecognitionWrites.SaveAsync(db, () =>
        {
            audit.Record(actor, "Tạo quyết định khen thưởng", EntityType, decision.Id, Describe(decision));
            changes.Append(new DecisionChanged(decision.Id, decision.Number, decision.State, IsPublic: false));
        }, ct);
        return saved ? OperationResult<Decision>.Ok(decision) : OperationResult<Decision>.Fail(RecognitionWrites.ChangedMeanwhile);
    }

    /// <summary>Edits the header; a published decision may be corrected too (its commendations stay public).</summary>
    public async Task<OperationResult<Decision>> UpdateAsync(int id, DecisionInput input, Actor actor, CancellationToken ct = default)
    {
        if (!RecognitionWrites.MayWrite(actor))
        {
            return OperationResult<Decision>.Forbidden(RecognitionWrites.Forbidden);
        }
        var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null)
        {
            return OperationResult<Decision>.NotFound(NotFound);
        }
        if (await ApplyAsync(decision, input, ct) is { } invalid)
        {
            return invalid.As<Decision>();
        }
        audit.Record(actor, "Sửa quyết định khen thưởng", EntityType, decision.Id, Describe(decision));
        changes.Append(new DecisionChanged(decision.Id, decision.Number, decision.State, decision.State == DecisionState.Published));
        await db.SaveChangesAsync(ct);
        return OperationResult<Decision>.Ok(decision);
    }

    /// <summary>Marks a draft as checked.</summary>
    public Task<OperationResult<Decision>> CheckAsync(int id, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, DecisionState.Checked, actor, ct);

    /// <summary>Sends a checked decision back to draft, to fix it.</summary>
    public Task<OperationResult<Decision>> ReturnToDraftAsync(int id, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, DecisionState.Draft, actor, ct);

    /// <summary>Publishes a checked decision: its commendations that are not revoked go public with it.</summary>
    public Task<OperationResult<Decision>> PublishAsync(int id, Actor actor, CancellationToken ct = default) =>
        MoveAsync(id, DecisionState.Published, actor, ct);

    /// <summary>Deletes a decision that was never published, with its commendations.</summary>
    public async Task<OperationResult> DeleteDraftAsync(int id, Actor actor, CancellationToken ct = default)
    {
        if (!RecognitionWrites.MayWrite(actor))
        {
            return OperationResult.Forbidden(RecognitionWrites.Forbidden);
        }
        var decision = await db.Decisions.Include(d => d.Commendations).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null)
        {
            return OperationResult<Decision>.NotFound(NotFound);
        }
        if (decision.HasBeenPublic)
        {
            return OperationResult.Fail(
                $"Quyết định số {decision.Number} đã công bố nên không thể xóa; nếu có sai sót, hãy thu hồi từng khen thưởng bằng quyết định thu hồi.");
        }
        var commendationIds = decision.Commendations.Select(c => c.Id).ToList();
        db.Commendations.RemoveRange(decision.Commendations);
        db.Decisions.Remove(decision);
        audit.Record(actor, "Xóa quyết định khen thưởng chưa công bố", EntityType, id, $"{Describe(decision)}, {commendationIds.Count} khen thưởng");
        changes.Append(new DecisionDeleted(id, decision.Number, commendationIds));
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok();
    }

    private const string NotFound = "Không tìm thấy quyết định khen thưởng.";

    private async Task<OperationResult<Decision>> MoveAsync(int id, DecisionState to, Actor actor, CancellationToken ct)
    {
        if (!RecognitionWrites.MayWrite(actor))
        {
            return OperationResult<Decision>.Forbidden(RecognitionWrites.Forbidden);
        }
        var decision = await db.Decisions.Include(d => d.Commendations).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null)
        {
            return OperationResult<Decision>.NotFound(NotFound);
        }
        if (!Moves.TryGetValue((decision.State, to), out var action))
        {
            return OperationResult<Decision>.Fail(
                $"Quyết định đang ở trạng thái “{RecognitionNames.Of(decision.State)}”, không thể chuyển sang “{RecognitionNames.Of(to)}”.");
        }
        if (to == DecisionState.Published && decision.Commendations.Count == 0)
        {
            return OperationResult<Decision>.Fail("Quyết định chưa có cá nhân, tập thể nào được khen thưởng: hãy thêm trước khi công bố.");
        }
        decision.State = to;
        if (to == DecisionState.Published)
        {
            decision.PublishedAt ??= clock.GetUtcNow().UtcDateTime;
        }
        audit.Record(actor, action, EntityType, decision.Id, Describe(decision));
        changes.Append(new DecisionChanged(decision.Id, decision.Number, to, to == DecisionState.Published));
        if (to == DecisionState.Published)
        {
            foreach (var c in decision.Commendations.Where(c => !c.IsRevoked))
            {
                changes.Append(new CommendationChanged(c.Id, decision.Id, c.PersonId, c.DepartmentId, IsPublic: true));
            }
        }
        await db.SaveChangesAsync(ct);
        return OperationResult<Decision>.Ok(decision);
    }

    private async Task<OperationResult?> ApplyAsync(Decision decision, DecisionInput input, CancellationToken ct)
    {
        var number = VietnameseText.Nfc(input.Number ?? "");
        var signerName = VietnameseText.NfcOrNull(input.SignerName);
        var signerPosition = VietnameseText.NfcOrNull(input.SignerPosition);
        var subject = VietnameseText.NfcOrNull(input.Subject);
        if (number.Length == 0)
        {
            return OperationResult.Fail("Vui lòng nhập số quyết định, ví dụ 152/QĐ-SYT.", nameof(DecisionInput.Number));
        }
        var tooLong = FieldLimits.TooLong(number, FieldLimits.DecisionNumber, "Số quyết định", nameof(DecisionInput.Number))
            ?? FieldLimits.TooLong(signerName, FieldLimits.SignerName, "Họ tên người ký", nameof(DecisionInput.SignerName))
            ?? FieldLimits.TooLong(signerPosition, FieldLimits.SignerPosition, "Chức vụ người ký", nameof(DecisionInput.SignerPosition))
            ?? FieldLimits.TooLong(subject, FieldLimits.DecisionSubject, "Trích yếu", nameof(DecisionInput.Subject));
        if (tooLong is not null)
        {
            return tooLong;
        }
        if (input.Date == default || !VietnamTime.IsSupportedPeriod(input.Date.Year))
        {
            return OperationResult.Fail("Vui lòng nhập ngày quyết định (dd/MM/yyyy).", nameof(DecisionInput.Date));
        }
        if (input.Date > VietnamTime.Today(clock))
        {
            return OperationResult.Fail($"Ngày quyết định {VietnamTime.Date(input.Date)} ở tương lai.", nameof(DecisionInput.Date));
        }
        var authority = await db.IssuingAuthorities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == input.AuthorityId, ct);
        if (authority is null)
        {
            return OperationResult.Fail("Vui lòng chọn cấp khen thưởng (người ký quyết định).", nameof(DecisionInput.AuthorityId));
        }
        // Numbers restart every year: the same number of the same authority in the same year is the same decision.
        var yearStart = new DateOnly(input.Date.Year, 1, 1);
        var yearEnd = new DateOnly(input.Date.Year, 12, 31);
        if (await db.Decisions.AnyAsync(d => d.Id != decision.Id && d.AuthorityId == input.AuthorityId && d.Number == number
                && d.Date >= yearStart && d.Date <= yearEnd, ct))
        {
            return OperationResult.Fail($"Đã có Quyết định số {number} năm {input.Date.Year} của {authority.Name}.", nameof(DecisionInput.Number));
        }
        if (decision.Id != 0 && await db.Commendations.Where(c => c.DecisionId == decision.Id && c.Year > input.Date.Year)
                .Select(c => (int?)c.Year).MaxAsync(ct) is { } latest)
        {
            return OperationResult.Fail(
                $"Quyết định có khen thưởng cho năm {latest}: ngày quyết định không được trước ngày 01/01/{latest}.", nameof(DecisionInput.Date));
        }
        decision.Number = number;
        decision.Date = input.Date;
        decision.AuthorityId = input.AuthorityId;
        decision.SignerName = signerName;
        decision.SignerPosition = signerPosition;
        decision.Subject = subject;
        return null;
    }

    private static string Describe(Decision decision) => $"Quyết định số {decision.Number} ngày {VietnamTime.Date(decision.Date)}";
}
