using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;

namespace ThiDuaCms.Content.Recognition;

/// <summary>A page of the people's index, and the departments it can be narrowed to (in their official order).</summary>
public sealed record PeopleDirectory(PagedList<PersonCard> People, IReadOnlyList<DepartmentRef> Departments);

/// <summary>The public, read-only side of people, departments, movements and their commendations.</summary>
public sealed class RecognitionReader(ContentDbContext db, ReferenceSnapshotStore snapshots)
{
    private static readonly Func<ContentDbContext, string, CancellationToken, Task<PersonPage?>> PersonPageBySlug =
        EF.CompileAsyncQuery((ContentDbContext db, string slug, CancellationToken ct) =>
            db.People.AsNoTracking()
                .Where(p => p.Slug == slug)
                .Select(p => new PersonPage(p.Id, p.FullName, p.Slug, p.Position, p.Bio,
                    p.Department == null ? null : new DepartmentRef(p.Department.Id, p.Department.Name, p.Department.Slug, p.Department.Kind),
                    p.Photo == null ? null
                        : new ImageRef(p.Photo.Id, p.Photo.StoredName, p.Photo.Width, p.Photo.Height, p.Photo.AltText, p.Photo.VariantWidths)))
                .FirstOrDefault());

    /// <summary>A person's public page (one compiled query), or null.</summary>
    public Task<PersonPage?> FindPersonPageAsync(string slug, CancellationToken ct = default) => PersonPageBySlug(db, slug, ct);

    private static readonly Func<ContentDbContext, string, CancellationToken, Task<DepartmentPage?>> DepartmentBySlug =
        EF.CompileAsyncQuery((ContentDbContext db, string slug, CancellationToken ct) =>
            db.Departments.AsNoTracking()
                .Where(d => d.Slug == slug)
                .Select(d => new DepartmentPage(d.Id, d.Name, d.Slug, d.Kind, d.Description, Array.Empty<PersonCard>()))
                .FirstOrDefault());

    private static readonly Func<ContentDbContext, int, IAsyncEnumerable<PersonCard>> PeopleOfDepartment =
        EF.CompileAsyncQuery((ContentDbContext db, int departmentId) =>
            db.People.AsNoTracking()
                .Where(p => p.DepartmentId == departmentId)
                .OrderBy(p => p.SortKey).ThenBy(p => p.Id)
                .Select(p => new PersonCard(p.Id, p.FullName, p.Slug, p.Position, p.Department!.Name, p.Department.Slug,
                    p.Photo == null ? null
                        : new ImageRef(p.Photo.Id, p.Photo.StoredName, p.Photo.Width, p.Photo.Height, p.Photo.AltText, p.Photo.VariantWidths))));

    private static readonly Func<ContentDbContext, string, CancellationToken, Task<MovementPage?>> MovementPageBySlug =
        EF.CompileAsyncQuery((ContentDbContext db, string slug, CancellationToken ct) =>
            db.Movements.AsNoTracking()
                .Where(m => m.Slug == slug)
                .Select(m => new MovementPage(m.Id, m.Name, m.Slug, m.Summary, m.StartDate, m.EndDate, m.Goals, m.Criteria))
                .FirstOrDefault());

    /// <summary>A department's public page with its people in Vietnamese name order (two compiled queries), or null.</summary>
    public async Task<DepartmentPage?> FindDepartmentPageAsync(string slug, CancellationToken ct = default)
    {
        if (await DepartmentBySlug(db, slug, ct) is not { } department)
        {
            return null;
        }
        var people = new List<PersonCard>();
        await foreach (var person in PeopleOfDepartment(db, department.Id).WithCancellation(ct))
        {
            people.Add(person);
        }
        return department with { People = people };
    }

    /// <summary>A movement's public page (one compiled query), or null.</summary>
    public Task<MovementPage?> FindMovementPageAsync(string slug, CancellationToken ct = default) => MovementPageBySlug(db, slug, ct);

    /// <summary>
    /// The public commendations of a person, or of a department as a collective: those of published decisions that
    /// are not revoked, newest year first, then by standing.
    /// </summary>
    public async Task<IReadOnlyList<CommendationLine>> CommendationsOfAsync(int? personId, int? departmentId, CancellationToken ct = default) =>
        await CommendationLine.InStanding(db.Commendations.AsNoTracking()
                .Where(CommendationLine.Public)
                .Where(c => (personId != null && c.PersonId == personId) || (departmentId != null && c.DepartmentId == departmentId)))
            .Select(CommendationLine.Projection)
            .ToListAsync(ct);

    /// <summary>The public commendations awarded under a movement, newest year first, then by standing.</summary>
    public async Task<IReadOnlyList<CommendationLine>> CommendationsUnderMovementAsync(int movementId, CancellationToken ct = default) =>
        await CommendationLine.InStanding(db.Commendations.AsNoTracking()
                .Where(CommendationLine.Public)
                .Where(c => c.MovementId == movementId))
            .Select(CommendationLine.Projection)
            .ToListAsync(ct);

    /// <summary>The filter a selection names, or null when one of its slugs names nothing (the page answers 404).</summary>
    public async Task<HonorRollFilter?> ResolveAsync(HonorRollSelection selection, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var snapshot = await snapshots.GetAsync(ct);
        AuthorityLevel? level = null;
        RecipientKind? recipient = null;
        int? departmentId = null, movementId = null;
        if (selection.Level is { } levelSlug && (level = HonorRollSlugs.Level(levelSlug)) is null) return null;
        if (selection.Recipient is { } recipientSlug && (recipient = HonorRollSlugs.Recipient(recipientSlug)) is null) return null;
        if (selection.Department is { } department)
        {
            if (snapshot.Departments.FirstOrDefault(d => d.Slug == department) is not { } found) return null;
            departmentId = found.Id;
        }
        if (selection.Movement is { } movement)
        {
            if (snapshot.Movements.FirstOrDefault(m => m.Slug == movement) is not { } found) return null;
            movementId = found.Id;
        }
        if (selection.TitleId is { } titleId && !await db.CommendationTitles.AnyAsync(t => t.Id == titleId, ct)) return null;
        return new HonorRollFilter(selection.Year, selection.TitleId, level, departmentId, movementId, recipient);
    }

    /// <summary>The selection in words, for headings and downloads: "Năm 2024 · Bằng khen · Khoa Nội"; empty when unfiltered.</summary>
    public async Task<string> DescribeAsync(HonorRollFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var snapshot = await snapshots.GetAsync(ct);
        var parts = new List<string?>
        {
            filter.Year is { } year ? $"Năm {year}" : null,
            filter.TitleId is { } titleId
                ? await db.CommendationTitles.AsNoTracking().Where(t => t.Id == titleId).Select(t => t.Name).FirstOrDefaultAsync(ct)
                : null,
            filter.Level is { } level ? RecognitionNames.Of(level) : null,
            snapshot.Departments.FirstOrDefault(d => d.Id == filter.DepartmentId)?.Name,
            snapshot.Movements.FirstOrDefault(m => m.Id == filter.MovementId)?.Name,
            filter.Recipient is { } recipient ? RecognitionNames.Of(recipient) : null,
        };
        return string.Join(" · ", parts.OfType<string>());
    }

    /// <summary>
    /// One page of the honor roll for a selection, with the counts per filter value under the rest of the selection
    /// (seven queries on one connection; the total comes from the years' counts).
    /// </summary>
    public async Task<HonorRoll> HonorRollAsync(HonorRollFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var snapshot = await snapshots.GetAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var facets = await HonorRollQuery.FacetsAsync(db, filter, snapshot, ct);
            var total = HonorRollQuery.Total(facets, filter);
            var entries = page < 1 ? [] : await HonorRollQuery.InRollOrder(HonorRollQuery.Matching(db, filter))
                .Skip((page - 1) * pageSize).Take(pageSize)
                .Select(HonorRollQuery.ToEntry)
                .ToListAsync(ct);
            return new HonorRoll(new PagedList<HonorRollEntry>(entries, page, pageSize, total), facets, await DescribeAsync(filter, ct));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Every entry of a selection in the roll's order, read as they are written out (the downloads).</summary>
    public IAsyncEnumerable<HonorRollEntry> HonorRollEntries(HonorRollFilter filter) =>
        HonorRollQuery.InRollOrder(HonorRollQuery.Matching(db, filter)).Select(HonorRollQuery.ToEntry).AsAsyncEnumerable();

    /// <summary>
    /// One page of the people, in Vietnamese name order (given name first), of one department or of all, with the
    /// departments to choose from; null when the department's slug names nothing.
    /// </summary>
    public async Task<PeopleDirectory?> PeopleDirectoryAsync(string? departmentSlug, int page, int pageSize, CancellationToken ct = default)
    {
        var snapshot = await snapshots.GetAsync(ct);
        int? departmentId = null;
        if (departmentSlug is not null)
        {
            if (snapshot.Departments.FirstOrDefault(d => d.Slug == departmentSlug) is not { } department) return null;
            departmentId = department.Id;
        }
        var people = db.People.AsNoTracking().Where(p => departmentId == null || p.DepartmentId == departmentId);
        var total = await people.CountAsync(ct);
        var cards = page < 1 ? [] : await people.OrderBy(p => p.SortKey).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(PersonCard.Projection)
            .ToListAsync(ct);
        return new PeopleDirectory(new PagedList<PersonCard>(cards, page, pageSize, total), snapshot.Departments);
    }

    public async Task<IReadOnlyList<Movement>> MovementsAsync(CancellationToken ct = default) =>
        await db.Movements.AsNoTracking().OrderBy(m => m.StartDate).ThenBy(m => m.Name).ToListAsync(ct);

    public async Task<IReadOnlyList<Person>> PeopleAsync(CancellationToken ct = default) =>
        await db.People.AsNoTracking().Include(p => p.Department).OrderBy(p => p.SortKey).ToListAsync(ct);

    public async Task<IReadOnlyList<Initiative>> InitiativesAsync(CancellationToken ct = default) =>
        await db.Initiatives.AsNoTracking().OrderByDescending(i => i.Year).ThenBy(i => i.SortKey).ToListAsync(ct);

    public async Task<IReadOnlyList<Department>> DepartmentsAsync(CancellationToken ct = default) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.SortOrder).ThenBy(d => d.Name).ToListAsync(ct);
}
