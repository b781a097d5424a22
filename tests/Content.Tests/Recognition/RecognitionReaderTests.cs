using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Data.Seed;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Tests.Support;

namespace ThiDuaCms.Content.Tests.Recognition;

public sealed class RecognitionReaderTests : IAsyncLifetime
{
    private RecognitionBed _bed = null!;

    public async Task InitializeAsync() => _bed = await RecognitionBed.CreateAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Commendations_are_newest_year_first_then_by_authority_level_and_title_rank()
    {
        // Entered lowest first, so the order cannot come from the ids.
        await _bed.PublishedAsync("372/QĐ-BVYHCT", new DateOnly(2025, 12, 29), await _bed.ToPersonAsync("Giấy khen", 2025));
        await _bed.PublishedAsync("3106/QĐ-UBND", new DateOnly(2025, 12, 18), await _bed.ToPersonAsync("Bằng khen", 2025), StandardCatalog.ChuTichUbndTinh);
        await _bed.PublishedAsync("1520/QĐ-TTg", new DateOnly(2025, 11, 3), await _bed.ToPersonAsync("Bằng khen", 2025), StandardCatalog.ThuTuongChinhPhu);
        await _bed.PublishedAsync("14/QĐ-BVYHCT", new DateOnly(2026, 1, 13), await _bed.ToPersonAsync("Lao động tiên tiến", 2025));
        await _bed.PublishedAsync("17/QĐ-BVYHCT", new DateOnly(2026, 1, 16), await _bed.ToPersonAsync("Chiến sĩ thi đua cơ sở", 2025));
        await _bed.PublishedAsync("26/QĐ-BVYHCT", new DateOnly(2026, 2, 20), await _bed.ToPersonAsync("Lao động tiên tiến", 2026));

        var lines = await _bed.WithAsync<RecognitionReader, IReadOnlyList<CommendationLine>>(r => r.CommendationsOfAsync(_bed.PersonId, null));

        Assert.Equal(
        [
            (2026, "Lao động tiên tiến", StandardCatalog.GiamDocBenhVien),
            (2025, "Bằng khen", StandardCatalog.ThuTuongChinhPhu),
            (2025, "Bằng khen", StandardCatalog.ChuTichUbndTinh),
            (2025, "Giấy khen", StandardCatalog.GiamDocBenhVien),
            (2025, "Chiến sĩ thi đua cơ sở", StandardCatalog.GiamDocBenhVien),
            (2025, "Lao động tiên tiến", StandardCatalog.GiamDocBenhVien),
        ], lines.Select(l => (l.Year, l.TitleName, l.AuthorityName)));
    }

    [Fact]
    public async Task Only_commendations_of_published_decisions_are_public()
    {
        var draft = await _bed.DraftAsync("14/QĐ-BVYHCT", new DateOnly(2026, 1, 13));
        Assert.True((await _bed.AddAsync(draft.Id, await _bed.ToDepartmentAsync("Tập thể lao động tiên tiến", 2025))).Succeeded);
        await _bed.PublishedAsync("372/QĐ-BVYHCT", new DateOnly(2025, 12, 29), await _bed.ToDepartmentAsync("Giấy khen", 2025));

        var lines = await _bed.WithAsync<RecognitionReader, IReadOnlyList<CommendationLine>>(r => r.CommendationsOfAsync(null, _bed.DepartmentId));
        var backOffice = await _bed.WithAsync<CommendationService, IReadOnlyList<CommendationLine>>(s => s.OfRecipientAsync(null, _bed.DepartmentId));

        Assert.Equal(["372/QĐ-BVYHCT"], lines.Select(l => l.DecisionNumber));
        Assert.Equal(2, backOffice.Count);
        Assert.Equal(1, await _bed.ReadAsync(db => db.Commendations.CountAsync(c => c.Decision.State == DecisionState.Draft)));
    }
}
