using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Data.Seed;

/// <summary>Fills an empty database with the demo hospital's content; does nothing to a database that has any.</summary>
public sealed class DemoContentSeeder(ContentDbContext db, ArticleEditor articles, ArticleService workflow, ChangeLog changes)
{
    /// <summary>Returns true when it seeded, false when the database already had content.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Departments.AnyAsync(ct) || await db.Articles.AnyAsync(ct))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var categories = DemoContent.Categories.Select((c, i) => new Category
        {
            Name = c.Name, Slug = Slug.From(c.Name), Description = c.Description, SortOrder = i,
        }).ToDictionary(c => c.Name);
        var departments = DemoContent.Departments.Select((d, i) => new Department
        {
            Name = d.Name, Slug = Slug.From(d.Name), Kind = d.Kind, Description = d.Description, SortOrder = i,
        }).ToDictionary(d => d.Name);
        var people = new Dictionary<string, Person>();
        foreach (var p in DemoContent.People)
        {
            people.Add(p.FullName, new Person
            {
                FullName = p.FullName,
                Slug = await Slug.MakeUniqueAsync(Slug.From(p.FullName), s => Task.FromResult(people.Values.Any(x => x.Slug == s))),
                Position = p.Position,
                Department = departments[p.Department],
                Bio = p.Bio,
                IsFeatured = p.IsFeatured,
            });
        }
        var movements = DemoContent.Movements.Select(m => new Movement
        {
            Name = m.Name, Slug = Slug.From(m.Name), Summary = m.Summary, StartDate = m.StartDate, EndDate = m.EndDate,
            Goals = m.Goals, Criteria = m.Criteria,
        }).ToDictionary(m => m.Name);
        var initiatives = DemoContent.Initiatives.Select(i => new Initiative
        {
            Title = i.Title, Slug = Slug.From(i.Title), Kind = i.Kind, Department = departments[i.Department],
            Owners = i.Owners.Select(o => people[o]).ToList(), Year = i.Year, Status = i.Status,
            RecognitionLevel = i.RecognitionLevel, Summary = i.Summary, Effect = i.Effect,
        }).ToDictionary(i => i.Title);
        var titles = await db.CommendationTitles.ToDictionaryAsync(t => t.Name, ct);
        var authorities = await db.IssuingAuthorities.ToDictionaryAsync(a => a.Name, ct);
        var signers = DemoContent.Signers.ToDictionary(s => s.Authority);
        var decisions = DemoContent.Commendations
            .GroupBy(c => (c.Authority, c.DecisionNumber, c.DecisionDate))
            .Select(g => new Decision
            {
                Number = g.Key.DecisionNumber,
                Date = g.Key.DecisionDate,
                Authority = authorities[g.Key.Authority],
                SignerName = signers[g.Key.Authority].Name,
                SignerPosition = signers[g.Key.Authority].Position,
                Subject = DemoContent.DecisionSubjects.GetValueOrDefault(g.Key.DecisionNumber) ?? SubjectOf(g.ToList(), titles),
                State = DecisionState.Published,
                PublishedAt = VietnamTime.ToUtc(g.Key.DecisionDate.ToDateTime(new TimeOnly(8, 0))),
                Commendations = g.Select(c => new Commendation
                {
                    Title = titles[c.Title],
                    Person = c.RecipientKind == RecipientKind.Individual ? people[c.Recipient] : null,
                    Department = c.RecipientKind == RecipientKind.Collective ? departments[c.Recipient] : null,
                    // As the decision writes them: the person's position and department then (the demo's people have not moved).
                    PositionAtAward = c.RecipientKind == RecipientKind.Individual ? people[c.Recipient].Position : null,
                    DepartmentNameAtAward = c.RecipientKind == RecipientKind.Individual ? people[c.Recipient].Department!.Name : c.Recipient,
                    Year = c.Year,
                    Movement = c.Movement is null ? null : movements[c.Movement],
                    Citation = c.Citation,
                    RevokedByNumber = c.Revoked?.Number,
                    RevokedOn = c.Revoked?.On,
                    RevokedReason = c.Revoked?.Reason,
                }).ToList(),
            })
            .ToList();

        db.AddRange(categories.Values);
        db.AddRange(departments.Values);
        db.AddRange(people.Values);
        db.AddRange(movements.Values);
        db.AddRange(initiatives.Values);
        db.AddRange(decisions);
        changes.Append(new ReferenceDataChanged("Dữ liệu mẫu: chuyên mục, khoa phòng, cá nhân, phong trào, sáng kiến, khen thưởng"));
        await db.SaveChangesAsync(ct);

        // Every event appended here, the articles' included, is in this transaction: delivered after the commit.
        // Articles go through the same service as the back office, so their HTML and slugs are made the same way.
        foreach (var a in DemoContent.Articles.OrderBy(a => a.PublishedAt))
        {
            var created = await articles.CreateAsync(new ArticleInput
            {
                Title = a.Title,
                Summary = a.Summary,
                BodyMarkdown = a.BodyMarkdown,
                CategoryId = categories[a.Category].Id,
                Tags = a.Tags,
                AuthorName = a.AuthorName,
                IsFeatured = a.IsFeatured,
                PersonIds = a.People.Select(n => people[n].Id).ToList(),
                DepartmentIds = a.Departments.Select(n => departments[n].Id).ToList(),
                MovementIds = a.Movements.Select(n => movements[n].Id).ToList(),
                InitiativeIds = a.Initiatives.Select(n => initiatives[n].Id).ToList(),
            }, Actor.System, ct);
            var article = created.Value ?? throw new InvalidOperationException($"Demo article \"{a.Title}\": {created.Error}");
            await workflow.MoveAsync(article.Id, ArticleStatus.InReview, Actor.System, ct: ct);
            await workflow.MoveAsync(article.Id, ArticleStatus.Published, Actor.System, VietnamTime.ToUtc(a.PublishedAt), ct: ct);
        }
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>"Về việc công nhận danh hiệu Lao động tiên tiến năm 2024", "Về việc tặng Giấy khen năm 2023", …</summary>
    private static string SubjectOf(List<DemoCommendation> granted, Dictionary<string, CommendationTitle> titles)
    {
        var names = string.Join(", ", granted.Select(c => c.Title).Distinct());
        var years = string.Join(", ", granted.Select(c => c.Year).Distinct().Order());
        var kinds = granted.Select(c => titles[c.Title].Kind).Distinct().ToList();
        return kinds.Count > 1 ? $"Về việc công nhận danh hiệu thi đua và khen thưởng năm {years}"
            : kinds[0] == CommendationKind.EmulationTitle ? $"Về việc công nhận danh hiệu {names} năm {years}"
            : $"Về việc tặng {names} năm {years}";
    }
}
