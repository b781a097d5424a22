using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Data.Seed;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Tests.Support;

/// <summary>What the recognition tests start from: a department, a person in it and a movement, with the standard catalog.</summary>
internal sealed record RecognitionBed(TempContentDatabase Database, int DepartmentId, int PersonId, int MovementId) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Database.DisposeAsync();

    public static async Task<RecognitionBed> CreateAsync()
    {
        var database = await TempContentDatabase.CreateAsync();
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var department = new Department { Name = "Khoa Nhi", Slug = "khoa-nhi" };
        var person = new Person { FullName = "Lương Thị Phương Thảo", Slug = "luong-thi-phuong-thao", Position = "Bác sĩ chuyên khoa I, Trưởng khoa", Department = department };
        var movement = new Movement
        {
            Name = "Tạo dựng hình ảnh người cán bộ y tế Đất Sen Hồng", Slug = "dat-sen-hong",
            StartDate = new DateOnly(2023, 1, 1), EndDate = new DateOnly(2025, 12, 31),
        };
        db.AddRange(department, person, movement);
        await db.SaveChangesAsync();
        return new RecognitionBed(database, department.Id, person.Id, movement.Id);
    }

    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = Database.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<int> TitleIdAsync(string name) => ReadAsync(db => db.CommendationTitles.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

    public Task<int> AuthorityIdAsync(string name) => ReadAsync(db => db.IssuingAuthorities.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    public async Task<T> ReadAsync<T>(Func<ContentDbContext, Task<T>> read)
    {
        await using var scope = Database.Scope();
        return await read(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }

    /// <summary>A draft decision of the hospital's director (default), dated <paramref name="date"/>.</summary>
    public async Task<Decision> DraftAsync(string number, DateOnly date, string authority = StandardCatalog.GiamDocBenhVien)
    {
        var input = new DecisionInput { Number = number, Date = date, AuthorityId = await AuthorityIdAsync(authority) };
        var created = await WithAsync<DecisionService, OperationResult<Decision>>(s => s.CreateDraftAsync(input, Actors.Clerk));
        Assert.True(created.Succeeded, created.Error);
        return created.Value!;
    }

    public Task<OperationResult<Commendation>> AddAsync(int decisionId, CommendationInput input) =>
        WithAsync<CommendationService, OperationResult<Commendation>>(s => s.AddAsync(decisionId, input, Actors.Clerk));

    public async Task<CommendationInput> ToPersonAsync(string title, int year, int? movementId = null) =>
        new() { TitleId = await TitleIdAsync(title), PersonId = PersonId, Year = year, MovementId = movementId, Citation = "Hoàn thành xuất sắc nhiệm vụ." };

    public async Task<CommendationInput> ToDepartmentAsync(string title, int year) =>
        new() { TitleId = await TitleIdAsync(title), DepartmentId = DepartmentId, Year = year };

    /// <summary>Adds one commendation and publishes its decision (checked first), returning the commendation's id.</summary>
    public async Task<int> PublishedAsync(string number, DateOnly date, CommendationInput input, string authority = StandardCatalog.GiamDocBenhVien)
    {
        var decision = await DraftAsync(number, date, authority);
        var added = await AddAsync(decision.Id, input);
        Assert.True(added.Succeeded, added.Error);
        await PublishAsync(decision.Id);
        return added.Value!.Id;
    }

    public async Task PublishAsync(int decisionId)
    {
        var checkedOne = await WithAsync<DecisionService, OperationResult<Decision>>(s => s.CheckAsync(decisionId, Actors.Clerk));
        Assert.True(checkedOne.Succeeded, checkedOne.Error);
        var published = await WithAsync<DecisionService, OperationResult<Decision>>(s => s.PublishAsync(decisionId, Actors.Clerk));
        Assert.True(published.Succeeded, published.Error);
    }

    public Task<List<AuditEntry>> AuditAsync(string entityType, int id) =>
        ReadAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityId == id).OrderBy(e => e.Id).ToListAsync());
}
