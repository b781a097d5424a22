using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Recognition;

/// <summary>A title or form of commendation as the clerk enters it.</summary>
public sealed record TitleInput(string? Name, CommendationKind Kind, TitleRecipients For, int Rank);

/// <summary>An issuing authority as the clerk enters it.</summary>
public sealed record AuthorityInput(string? Name, AuthorityLevel Level, int Rank);

/// <summary>
/// The catalog of titles, forms and issuing authorities: the clerk adds and renames them; one in use by a
/// commendation or a decision cannot be deleted. Audited, with a change-log event in the same transaction.
/// </summary>
public sealed class RecognitionCatalog(ContentDbContext db, AuditLog audit, ChangeLog changes)
{
    private const string TitleEntity = "CommendationTitle";
    private const string AuthorityEntity = "IssuingAuthority";

    /// <summary>Titles by kind, the highest rank first, then in Vietnamese order.</summary>
    public async Task<IReadOnlyList<CommendationTitle>> TitlesAsync(CancellationToken ct = default) =>
        await db.CommendationTitles.AsNoTracking().OrderBy(t => t.Kind).ThenByDescending(t => t.Rank).ThenBy(t => t.SortKey).ToListAsync(ct);

    /// <summary>Authorities, the highest level and rank first.</summary>
    public async Task<IReadOnlyList<IssuingAuthority>> AuthoritiesAsync(CancellationToken ct = default) =>
        await db.IssuingAuthorities.AsNoTracking().OrderByDescending(a => a.Level).ThenByDescending(a => a.Rank).ThenBy(a => a.Name).ToListAsync(ct);

    public async Task<OperationResult<CommendationTitle>> AddTitleAsync(TitleInput input, Actor actor, CancellationToken ct = default)
    {
        if (!RecognitionWrites.MayWrite(actor))
        {
            return OperationResult<CommendationTitle>.Forbidden(RecognitionWrites.Forbidden);
        }
        var title = new CommendationTitle();
        if (await ApplyAsync(title, input, ct) is { } invalid)
        {
            return invalid.As<CommendationTitle>();
        }
        db.CommendationTitles.Add(title);
        return await SaveTitleAsync(title, actor, "Thêm danh hiệu, hình thức khen thưởng", isPublic: false, ct);
    }

    /// <summary>Renames or re-ranks a title; narrowing whom it is for is refused while recipients of the other kind hold it.</summary>
    public async Task<OperationResult<CommendationTitle>> UpdateTitleAsync(int id, TitleInput input, Actor actor, CancellationToken ct = default)
    {
        if (!RecognitionWrites.MayWrite(actor))
        {
            return OperationResult<CommendationTitle>.Forbidden(RecognitionWrites.Forbidden);
        }
        var title = await db.CommendationTitles.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (title is null)
        {
            return OperationResult<CommendationTitle>.NotFound("Không tìm thấy danh hiệu, hình thức khen thưởng.");
        }
        if (input.For != TitleRecipients.Both)
        {
            var others = input.For == TitleRecipients.Individual
                ? db.Commendations.Where(c => c.TitleId == id && c.DepartmentId != null)
                : db.Commendations.Where(c => c.TitleId == id && c.PersonId != null);
            if (await others.AnyAsync(ct))
            {
                return OperationResult<CommendationTitle>.Fail(
                    $"“{title.Name}” đang được trao cho {(input.For == TitleRecipients.Individual ? "tập thể" : "cá nhân")}: không thể chỉ dành cho {(input.For == TitleRecipients.Individual ? "cá nhân" : "tập thể")}.",
                    nameof(TitleInput.For));
            }
        }
        if (input.Kind != title.Kind && await db.Commendations.AnyAsync(c => c.TitleId == id, ct))
        {
            return OperationResult<CommendationTitle>.Fail($"“{title.Name}” đang được sử dụng: không thể đổi loại.", nameof(TitleInput.Kind));
        }
        var oldName = title.Name;
        if (await ApplyAsync(title, input, ct) is { } invalid)
        {
            return invalid.As<CommendationTitle>();
        }
        var isPublic = await db.Commendations.Where(CommendationLine.Public).AnyAsync(c => c.TitleId == id, ct);
        return await SaveTitleAsync(title, actor, oldName == title.Name ? "Sửa danh hiệu, hình thức khen thưởng" : $"Đổi tên danh hiệu “{oldName}”", isPublic, ct);
    }

    /// <summary>Deletes a title no commendation carries.</summary>
    public async Task<OperationResult> DeleteTitleAsync(int id, Actor actor, CancellationToken ct = default)
    {
        if (!RecognitionWrites.MayWrite(actor))
        {
            return OperationResult.Forbidden(RecognitionWrites.Forbidden);
        }
        var title = await db.CommendationTitles.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (title is null)
        {
            return OperationResult<CommendationTitle>.NotFound("Không tìm thấy danh hiệu, hình thức khen thưởng.");
        }
        var used = await db.Commendations.CountAsync(c => c.TitleId == id, ct);
        if (used > 0)
        {
            return OperationResult.Fail($"Không thể xóa “{title.Name}”: đang có {used} khen thưởng mang danh hiệu, hình thức này.");
        }
        db.CommendationTitles.Remove(title);
        audit.Record(actor, "Xóa danh hiệu, hình thức khen thưởng", TitleEntity, id, title.Name);
        changes.Append(new CommendationTitleChanged(id, IsPublic: false));
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok();
    }

    public async Task<OperationResult<IssuingAuthority>> AddAuthorityAsync(AuthorityInput input, Actor actor, CancellationToken ct = default)
    {
        if (!RecognitionWrites.MayWrite(actor))
        {
            return OperationResult<IssuingAuthority>.Forbidden(RecognitionWrites.Forbidden);
        }
        var authority = new IssuingAuthority();
        if (await ApplyAsync(authority, input, ct) is { } invalid)
        {
            return invalid.As<IssuingAuthority>();
        }
        db.IssuingAuthorities.Add(authority);
        return await SaveAuthorityAsync(authority, actor, "Thêm cấp khen thưởng", isPublic: false, ct);
    }

    /// <summary>Renames an authority, or changes its level or rank (which reorders the commendations it issued).</summary>
    public async Task<OperationResult<IssuingAuthority>> UpdateAuthorityAsync(int id, AuthorityInput input, Actor actor, CancellationToken ct = default)
    {
        if (!RecognitionWrites.MayWrite(actor))
        {
            return OperationResult<IssuingAuthority>.Forbidden(RecognitionWrites.Forbidden);
        }
        var authority = await db.IssuingAuthorities.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (authority is null)
        {
            return OperationResult<IssuingAuthority>.NotFound("Không tìm thấy cấp khen thưởng.");
        }
        var oldName = authority.Name;
        if (await ApplyAsync(authority, input, ct) is { } invalid)
        {
            return invalid.As<IssuingAuthority>();
        }
        var isPublic = await db.Commendations.Where(CommendationLine.Public).AnyAsync(c => c.Decision.AuthorityId == id, ct);
        return await SaveAuthorityAsync(authority, actor, oldName == authority.Name ? "Sửa cấp khen thưởng" : $"Đổi tên cấp khen thưởng “{oldName}”", isPublic, ct);
    }

    /// <summary>Deletes an authority no decision names.</summary>
    public async Task<OperationResult> DeleteAuthorityAsync(int id, Actor actor, CancellationToken ct = default)
    {
        if (!RecognitionWrites.MayWrite(actor))
        {
            return OperationResult.Forbidden(RecognitionWrites.Forbidden);
        }
        var authority = await db.IssuingAuthorities.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (authority is null)
        {
            return OperationResult<IssuingAuthority>.NotFound("Không tìm thấy cấp khen thưởng.");
        }
        var used = await db.Decisions.CountAsync(d => d.AuthorityId == id, ct);
        if (used > 0)
        {
            return OperationResult.Fail($"Không thể xóa “{authority.Name}”: đang có {used} quyết định khen thưởng của cấp này.");
        }
        db.IssuingAuthorities.Remove(authority);
        audit.Record(actor, "Xóa cấp khen thưởng", AuthorityEntity, id, authority.Name);
        changes.Append(new IssuingAuthorityChanged(id, IsPublic: false));
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok();
    }

    private async Task<OperationResult?> ApplyAsync(CommendationTitle title, TitleInput input, CancellationToken ct)
    {
        var name = VietnameseText.Nfc(input.Name ?? "");
        if (name.Length == 0)
        {
            return OperationResult.Fail("Vui lòng nhập tên danh hiệu, hình thức khen thưởng.", nameof(TitleInput.Name));
        }
        if (FieldLimits.TooLong(name, FieldLimits.CommendationTitleName, "Tên danh hiệu, hình thức khen thưởng", nameof(TitleInput.Name)) is { } tooLong)
        {
            return tooLong;
        }
        if (!Enum.IsDefined(input.Kind) || !Enum.IsDefined(input.For))
        {
            return OperationResult.Fail("Vui lòng chọn loại và đối tượng được khen thưởng.", nameof(TitleInput.Kind));
        }
        var names = await db.CommendationTitles.Where(t => t.Id != title.Id).Select(t => t.Name).ToListAsync(ct);
        if (names.Any(n => SameName(n, name)))
        {
            return OperationResult.Fail($"Đã có danh hiệu, hình thức khen thưởng “{name}”.", nameof(TitleInput.Name));
        }
        (title.Name, title.Kind, title.For, title.Rank) = (name, input.Kind, input.For, input.Rank);
        return null;
    }

    private async Task<OperationResult?> ApplyAsync(IssuingAuthority authority, AuthorityInput input, CancellationToken ct)
    {
        var name = VietnameseText.Nfc(input.Name ?? "");
        if (name.Length == 0)
        {
            return OperationResult.Fail("Vui lòng nhập tên cấp khen thưởng, ví dụ “Giám đốc Sở Y tế”.", nameof(AuthorityInput.Name));
        }
        if (FieldLimits.TooLong(name, FieldLimits.AuthorityName, "Tên cấp khen thưởng", nameof(AuthorityInput.Name)) is { } tooLong)
        {
            return tooLong;
        }
        if (!Enum.IsDefined(input.Level))
        {
            return OperationResult.Fail("Vui lòng chọn cấp: cơ sở, sở/ngành, bộ/tỉnh hoặc nhà nước.", nameof(AuthorityInput.Level));
        }
        var names = await db.IssuingAuthorities.Where(a => a.Id != authority.Id).Select(a => a.Name).ToListAsync(ct);
        if (names.Any(n => SameName(n, name)))
        {
            return OperationResult.Fail($"Đã có cấp khen thưởng “{name}”.", nameof(AuthorityInput.Name));
        }
        (authority.Name, authority.Level, authority.Rank) = (name, input.Level, input.Rank);
        return null;
    }

    /// <summary>Names that differ only in case or tone-mark placement ("Hoà"/"Hòa") are the same name.</summary>
    private static bool SameName(string a, string b) =>
        string.Equals(VietnameseText.Canonical(a), VietnameseText.Canonical(b), StringComparison.OrdinalIgnoreCase);

    private async Task<OperationResult<CommendationTitle>> SaveTitleAsync(CommendationTitle title, Actor actor, string action, bool isPublic, CancellationToken ct)
    {
        var saved = await RecognitionWrites.SaveAsync(db, () =>
        {
            audit.Record(actor, action, TitleEntity, title.Id, title.Name);
            changes.Append(new CommendationTitleChanged(title.Id, isPublic));
        }, ct);
        return saved ? OperationResult<CommendationTitle>.Ok(title)
            : OperationResult<CommendationTitle>.Fail($"Đã có danh hiệu, hình thức khen thưởng “{title.Name}”.", nameof(TitleInput.Name));
    }

    private async Task<OperationResult<IssuingAuthority>> SaveAuthorityAsync(IssuingAuthority authority, Actor actor, string action, bool isPublic, CancellationToken ct)
    {
        var saved = await RecognitionWrites.SaveAsync(db, () =>
        {
            audit.Record(actor, action, AuthorityEntity, authority.Id, authority.Name);
            changes.Append(new IssuingAuthorityChanged(authority.Id, isPublic));
        }, ct);
        return saved ? OperationResult<IssuingAuthority>.Ok(authority)
            : OperationResult<IssuingAuthority>.Fail($"Đã có cấp khen thưởng “{authority.Name}”.", nameof(AuthorityInput.Name));
    }
}
