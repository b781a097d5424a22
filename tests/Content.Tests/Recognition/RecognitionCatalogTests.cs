using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Data.Seed;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Tests.Support;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Recognition;

public sealed class RecognitionCatalogTests : IAsyncLifetime
{
    private RecognitionBed _bed = null!;

    public async Task InitializeAsync() => _bed = await RecognitionBed.CreateAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_new_database_has_the_standard_titles_and_authorities()
    {
        var titles = await _bed.WithAsync<RecognitionCatalog, IReadOnlyList<CommendationTitle>>(c => c.TitlesAsync());
        var authorities = await _bed.WithAsync<RecognitionCatalog, IReadOnlyList<IssuingAuthority>>(c => c.AuthoritiesAsync());

        Assert.Equal(StandardCatalog.Titles.Select(t => t.Name).Order(StringComparer.Ordinal), titles.Select(t => t.Name).Order(StringComparer.Ordinal));
        var emulation = titles.Where(t => t.Kind == CommendationKind.EmulationTitle && t.For == TitleRecipients.Individual).Select(t => t.Name).ToList();
        Assert.Equal(["Chiến sĩ thi đua toàn quốc", "Chiến sĩ thi đua cấp bộ, ngành", "Chiến sĩ thi đua cấp tỉnh", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến"], emulation);
        Assert.Equal([StandardCatalog.ChuTichNuoc, StandardCatalog.ThuTuongChinhPhu, StandardCatalog.BoTruongBoYTe, StandardCatalog.ChuTichUbndTinh,
            StandardCatalog.GiamDocSoYTe, StandardCatalog.GiamDocBenhVien], authorities.Select(a => a.Name));
        Assert.All(titles, t => Assert.Equal(VietnameseSort.Key(t.Name), t.SortKey));
    }

    [Fact]
    public async Task The_clerk_adds_and_renames_a_title_and_a_name_is_taken_once()
    {
        var added = await _bed.WithAsync<RecognitionCatalog, OperationResult<CommendationTitle>>(c =>
            c.AddTitleAsync(new TitleInput("Kỷ niệm chương Vì sự nghiệp Y tế", CommendationKind.Form, TitleRecipients.Individual, 540), Actors.Clerk));
        Assert.True(added.Succeeded, added.Error);

        var renamed = await _bed.WithAsync<RecognitionCatalog, OperationResult<CommendationTitle>>(c =>
            c.UpdateTitleAsync(added.Value!.Id, new TitleInput("Đèn khen thưởng", CommendationKind.Form, TitleRecipients.Individual, 540), Actors.Clerk));
        var taken = await _bed.WithAsync<RecognitionCatalog, OperationResult<CommendationTitle>>(c =>
            c.AddTitleAsync(new TitleInput("giấy KHEN", CommendationKind.Form, TitleRecipients.Both, 1), Actors.Clerk));
        var empty = await _bed.WithAsync<RecognitionCatalog, OperationResult<CommendationTitle>>(c =>
            c.AddTitleAsync(new TitleInput(" ", CommendationKind.Form, TitleRecipients.Both, 1), Actors.Clerk));
        var tooLong = await _bed.WithAsync<RecognitionCatalog, OperationResult<CommendationTitle>>(c =>
            c.AddTitleAsync(new TitleInput(new string('x', FieldLimits.CommendationTitleName + 1), CommendationKind.Form, TitleRecipients.Both, 1), Actors.Clerk));

        Assert.True(renamed.Succeeded, renamed.Error);
        var stored = await _bed.ReadAsync(db => db.CommendationTitles.AsNoTracking().SingleAsync(t => t.Id == added.Value!.Id));
        Assert.Equal(("Đèn khen thưởng", VietnameseSort.Key("Đèn khen thưởng")), (stored.Name, stored.SortKey));
        Assert.Equal("Đã có danh hiệu, hình thức khen thưởng “giấy KHEN”.", taken.Error);
        Assert.Equal(nameof(TitleInput.Name), empty.Field);
        Assert.Equal("Tên danh hiệu, hình thức khen thưởng không được dài quá 200 ký tự.", tooLong.Error);
        Assert.Equal(["Thêm danh hiệu, hình thức khen thưởng", "Đổi tên danh hiệu “Kỷ niệm chương Vì sự nghiệp Y tế”"],
            (await _bed.AuditAsync("CommendationTitle", stored.Id)).Select(e => e.Action));
        Assert.Equal(new CommendationTitleChanged(stored.Id, false), (await _bed.Database.ChangeLogAsync()).Last());
    }

    [Fact]
    public async Task A_title_or_authority_in_use_is_not_deleted_an_unused_one_is()
    {
        await _bed.PublishedAsync("368/QĐ-BVYHCT", new DateOnly(2024, 12, 26), await _bed.ToPersonAsync("Giấy khen", 2024));
        var giayKhen = await _bed.TitleIdAsync("Giấy khen");
        var thayThuoc = await _bed.TitleIdAsync("Thầy thuốc Ưu tú");
        var benhVien = await _bed.AuthorityIdAsync(StandardCatalog.GiamDocBenhVien);
        var chuTichNuoc = await _bed.AuthorityIdAsync(StandardCatalog.ChuTichNuoc);

        var titleInUse = await _bed.WithAsync<RecognitionCatalog, OperationResult>(c => c.DeleteTitleAsync(giayKhen, Actors.Clerk));
        var authorityInUse = await _bed.WithAsync<RecognitionCatalog, OperationResult>(c => c.DeleteAuthorityAsync(benhVien, Actors.Clerk));
        var unusedTitle = await _bed.WithAsync<RecognitionCatalog, OperationResult>(c => c.DeleteTitleAsync(thayThuoc, Actors.Clerk));
        var unusedAuthority = await _bed.WithAsync<RecognitionCatalog, OperationResult>(c => c.DeleteAuthorityAsync(chuTichNuoc, Actors.Clerk));

        Assert.Equal("Không thể xóa “Giấy khen”: đang có 1 khen thưởng mang danh hiệu, hình thức này.", titleInUse.Error);
        Assert.Equal("Không thể xóa “Giám đốc Bệnh viện”: đang có 1 quyết định khen thưởng của cấp này.", authorityInUse.Error);
        Assert.True(unusedTitle.Succeeded, unusedTitle.Error);
        Assert.True(unusedAuthority.Succeeded, unusedAuthority.Error);
        Assert.True(await _bed.ReadAsync(db => db.CommendationTitles.AnyAsync(t => t.Id == giayKhen)));
        Assert.False(await _bed.ReadAsync(db => db.CommendationTitles.AnyAsync(t => t.Id == thayThuoc)));
        Assert.Equal("Xóa cấp khen thưởng", Assert.Single(await _bed.AuditAsync("IssuingAuthority", chuTichNuoc)).Action);
    }

    [Fact]
    public async Task A_title_held_by_collectives_cannot_become_for_individuals_only()
    {
        await _bed.PublishedAsync("368/QĐ-BVYHCT", new DateOnly(2024, 12, 26), await _bed.ToDepartmentAsync("Giấy khen", 2024));
        var giayKhen = await _bed.TitleIdAsync("Giấy khen");

        var narrowed = await _bed.WithAsync<RecognitionCatalog, OperationResult<CommendationTitle>>(c =>
            c.UpdateTitleAsync(giayKhen, new TitleInput("Giấy khen", CommendationKind.Form, TitleRecipients.Individual, 500), Actors.Clerk));
        var reranked = await _bed.WithAsync<RecognitionCatalog, OperationResult<CommendationTitle>>(c =>
            c.UpdateTitleAsync(giayKhen, new TitleInput("Giấy khen", CommendationKind.Form, TitleRecipients.Both, 510), Actors.Clerk));

        Assert.Equal("“Giấy khen” đang được trao cho tập thể: không thể chỉ dành cho cá nhân.", narrowed.Error);
        Assert.True(reranked.Succeeded, reranked.Error);
        // Public: a published commendation carries it.
        Assert.Equal(new CommendationTitleChanged(giayKhen, true), (await _bed.Database.ChangeLogAsync()).Last());
    }
}
