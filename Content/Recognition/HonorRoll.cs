using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;

namespace ThiDuaCms.Content.Recognition;

/// <summary>
/// A selection of the honor roll: every filter optional and combinable. Department means the recipient's: the
/// collective itself, or the person's department.
/// </summary>
public sealed record HonorRollFilter(
    int? Year = null, int? TitleId = null, AuthorityLevel? Level = null, int? DepartmentId = null, int? MovementId = null,
    RecipientKind? Recipient = null)
{
    public bool IsEmpty => this == new HonorRollFilter();
}

/// <summary>A selection as a URL carries it: years and title ids as numbers, the rest as slugs.</summary>
public sealed record HonorRollSelection(
    int? Year = null, int? TitleId = null, string? Level = null, string? Department = null, string? Movement = null,
    string? Recipient = null);

/// <summary>The slugs of the honor roll's URLs for authority levels and kinds of recipient.</summary>
public static class HonorRollSlugs
{
    public static string Of(AuthorityLevel level) => level switch
    {
        AuthorityLevel.Facility => "co-so",
        AuthorityLevel.Sector => "so-nganh",
        AuthorityLevel.MinistryOrProvince => "bo-tinh",
        AuthorityLevel.State => "nha-nuoc",
        _ => level.ToString(),
    };

    public static string Of(RecipientKind recipient) => recipient == RecipientKind.Collective ? "tap-the" : "ca-nhan";

    public static AuthorityLevel? Level(string slug) =>
        Enum.GetValues<AuthorityLevel>().Select(l => (AuthorityLevel?)l).FirstOrDefault(l => Of(l!.Value) == slug);

    public static RecipientKind? Recipient(string slug) =>
        Enum.GetValues<RecipientKind>().Select(r => (RecipientKind?)r).FirstOrDefault(r => Of(r!.Value) == slug);
}

/// <summary>One line of the honor roll: the commendation, and the recipient's photo.</summary>
public sealed record HonorRollEntry(CommendationLine Line, ImageRef? Photo);

/// <summary>How many commendations of the selection carry one value of a filter (as the URL gives it), the other filters applied.</summary>
public sealed record FacetCount<T>(T Value, string Label, int Count);

/// <summary>
/// What each filter would select, counted under the other filters (choosing a year keeps every year offered, with its
/// count under the rest of the selection).
/// </summary>
public sealed record HonorRollFacets(
    IReadOnlyList<FacetCount<int>> Years,
    IReadOnlyList<FacetCount<int>> Titles,
    IReadOnlyList<FacetCount<AuthorityLevel>> Levels,
    IReadOnlyList<FacetCount<string>> Departments,
    IReadOnlyList<FacetCount<string>> Movements,
    IReadOnlyList<FacetCount<RecipientKind>> Recipients);

/// <summary>One page of the honor roll, with the counts per filter and the selection in words ("Năm 2024 · Tập thể").</summary>
public sealed record HonorRoll(PagedList<HonorRollEntry> Entries, HonorRollFacets Facets, string Description);

/// <summary>The honor roll's downloads: one row per entry, dates as dd/MM/yyyy, the selection as a heading.</summary>
public static class HonorRollExport
{
    public static readonly IReadOnlyList<string> Header =
    [
        "Năm", "Danh hiệu, hình thức", "Cơ quan khen thưởng", "Cấp khen thưởng", "Số quyết định", "Ngày quyết định",
        "Đối tượng", "Họ và tên / Tập thể", "Chức vụ", "Khoa, phòng", "Phong trào", "Thành tích",
    ];

    public static Exports.ExportTable Table(IAsyncEnumerable<HonorRollEntry> entries, string description) =>
        new("Vinh danh", Header, entries.Select(IReadOnlyList<string?> (e) =>
        [
            e.Line.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Line.TitleName, e.Line.AuthorityName,
            RecognitionNames.Of(e.Line.Level), e.Line.DecisionNumber, Text.VietnamTime.Date(e.Line.DecisionDate),
            RecognitionNames.Of(e.Line.IsCollective ? RecipientKind.Collective : RecipientKind.Individual),
            e.Line.RecipientName, e.Line.PositionAtAward, e.Line.DepartmentNameAtAward, e.Line.MovementName, e.Line.Citation,
        ]))
        {
            Headings = description.Length == 0 ? ["DANH SÁCH VINH DANH"] : ["DANH SÁCH VINH DANH", description],
        };
}

/// <summary>
/// The honor roll's queries: the public commendations matching a selection, in the roll's order (year, newest first,
/// then standing, then the recipients, collectives first and people in Vietnamese name order), and the counts per filter.
/// </summary>
internal static class HonorRollQuery
{
    public static IQueryable<Commendation> Matching(ContentDbContext db, HonorRollFilter filter)
    {
        var query = db.Commendations.AsNoTracking().Where(CommendationLine.Public);
        if (filter.Year is { } year) query = query.Where(c => c.Year == year);
        if (filter.TitleId is { } titleId) query = query.Where(c => c.TitleId == titleId);
        if (filter.Level is { } level) query = query.Where(c => c.Decision.Authority.Level == level);
        if (filter.DepartmentId is { } departmentId)
        {
            query = query.Where(c => c.DepartmentId == departmentId || c.Person!.DepartmentId == departmentId);
        }
        if (filter.MovementId is { } movementId) query = query.Where(c => c.MovementId == movementId);
        if (filter.Recipient is { } recipient)
        {
            query = recipient == RecipientKind.Collective ? query.Where(c => c.DepartmentId != null) : query.Where(c => c.PersonId != null);
        }
        return query;
    }

    public static IQueryable<Commendation> InRollOrder(IQueryable<Commendation> commendations) =>
        CommendationLine.ByYearAndStanding(commendations)
            .ThenBy(c => c.Decision.AuthorityId)
            .ThenBy(c => c.DecisionId)
            .ThenBy(c => c.PersonId == null ? 0 : 1)
            .ThenBy(c => c.Department!.SortOrder)
            .ThenBy(c => c.Person!.SortKey)
            .ThenBy(c => c.Id);

    public static readonly Expression<Func<Commendation, HonorRollEntry>> ToEntry = c => new HonorRollEntry(
        new CommendationLine(
            c.Id,
            c.Person != null ? c.Person.FullName : c.Department!.Name,
            c.Person != null ? c.Person.Slug : c.Department!.Slug,
            c.DepartmentId != null,
            c.Year, c.Title.Name, c.Title.Kind, c.Decision.Authority.Name, c.Decision.Authority.Level,
            c.DecisionId, c.Decision.Number, c.Decision.Date, true,
            c.Movement == null ? null : c.Movement.Name, c.Movement == null ? null : c.Movement.Slug,
            c.Citation, c.DepartmentNameAtAward, c.PositionAtAward, null, null, null),
        c.Person == null || c.Person.Photo == null ? null
            : new ImageRef(c.Person.Photo.Id, c.Person.Photo.StoredName, c.Person.Photo.Width, c.Person.Photo.Height,
                c.Person.Photo.AltText, c.Person.Photo.VariantWidths));

    public static async Task<HonorRollFacets> FacetsAsync(ContentDbContext db, HonorRollFilter filter, ReferenceSnapshot snapshot,
        CancellationToken ct)
    {
        var years = await Matching(db, filter with { Year = null })
            .GroupBy(c => c.Year).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var titles = await Matching(db, filter with { TitleId = null })
            .GroupBy(c => new { c.TitleId, c.Title.Name, c.Title.Rank, c.Title.SortKey, c.Title.Kind })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var levels = await Matching(db, filter with { Level = null })
            .GroupBy(c => c.Decision.Authority.Level).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var departments = await Matching(db, filter with { DepartmentId = null })
            .Select(c => c.DepartmentId ?? c.Person!.DepartmentId)
            .Where(id => id != null)
            .GroupBy(id => id!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var movements = await Matching(db, filter with { MovementId = null })
            .Where(c => c.MovementId != null)
            .GroupBy(c => c.MovementId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var recipients = await Matching(db, filter with { Recipient = null })
            .GroupBy(c => c.PersonId == null).Select(g => new { Collective = g.Key, Count = g.Count() })
            .ToListAsync(ct);

        // Departments in their official order, movements newest first, as the snapshot holds them.
        var departmentCounts = departments.ToDictionary(d => d.Key, d => d.Count);
        var movementCounts = movements.ToDictionary(m => m.Key, m => m.Count);
        return new HonorRollFacets(
            years.OrderByDescending(y => y.Key).Select(y => new FacetCount<int>(y.Key, y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Count)).ToList(),
            titles.OrderBy(t => t.Key.Kind).ThenByDescending(t => t.Key.Rank).ThenBy(t => t.Key.SortKey, StringComparer.Ordinal)
                .Select(t => new FacetCount<int>(t.Key.TitleId, t.Key.Name, t.Count)).ToList(),
            levels.OrderByDescending(l => l.Key).Select(l => new FacetCount<AuthorityLevel>(l.Key, RecognitionNames.Of(l.Key), l.Count)).ToList(),
            snapshot.Departments.Where(d => departmentCounts.ContainsKey(d.Id))
                .Select(d => new FacetCount<string>(d.Slug, d.Name, departmentCounts[d.Id])).ToList(),
            snapshot.Movements.Where(m => movementCounts.ContainsKey(m.Id))
                .Select(m => new FacetCount<string>(m.Slug, m.Name, movementCounts[m.Id])).ToList(),
            recipients.OrderBy(r => r.Collective ? 0 : 1)
                .Select(r => r.Collective ? (Kind: RecipientKind.Collective, r.Count) : (Kind: RecipientKind.Individual, r.Count))
                .Select(r => new FacetCount<RecipientKind>(r.Kind, RecognitionNames.Of(r.Kind), r.Count))
                .ToList());
    }

    /// <summary>The selection's size, read off a facet already counted (the years facet, narrowed to the chosen year).</summary>
    public static int Total(HonorRollFacets facets, HonorRollFilter filter) =>
        facets.Years.Where(y => filter.Year is null || y.Value == filter.Year).Sum(y => y.Count);
}
