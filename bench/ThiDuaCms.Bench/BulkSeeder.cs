using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Markdown;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Bench;

/// <summary>
/// Adds the reference data (departments, people, tags, movements) and <c>count</c> published articles to a database
/// that already holds the demo content, through one <see cref="ContentDbContext"/> in batches.
/// </summary>
/// <remarks>
/// BodyHtml is rendered with the site's <see cref="MarkdownRenderer"/> once per body template (with the placeholders
/// left in), then filled per article with HTML-escaped values; the first article of each template is checked against
/// a full render of its own Markdown, so the stored HTML is what the back office would have stored.
/// </remarks>
internal sealed class BulkSeeder(ContentDbContext db, MarkdownRenderer markdown)
{
    private const int BatchSize = 1000;
    private static readonly DateTime FirstLocal = new(2016, 1, 4, 7, 30, 0);
    private static readonly DateTime LastLocal = new(2026, 10, 30, 17, 0, 0);

    private readonly Random _random = new(20261123);

    /// <summary>Time spent in AddRange + SaveChanges (the rest is generating the articles).</summary>
    public TimeSpan SaveTime { get; private set; }

    public async Task SeedAsync(int count, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (categories, departments, people, tags, movements) = await AddReferenceDataAsync(ct);

        var renderedBodies = BenchData.Bodies.Select(markdown.Render).ToArray();
        var checkedTemplates = new bool[BenchData.Bodies.Length];
        var slugs = (await db.Articles.Select(a => a.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        // Publish times spread evenly over 2016–2026 with some jitter, oldest first so ids follow time as on a real site.
        var span = (LastLocal - FirstLocal).Ticks;
        var times = Enumerable.Range(0, count)
            .Select(_ => FirstLocal.AddTicks((long)(_random.NextDouble() * span)))
            .Select(t => new DateTime(t.Year, t.Month, t.Day, 7 + (t.Hour % 10), t.Minute, 0))
            .Order()
            .ToList();

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var batch = new List<Article>(BatchSize);
        for (var i = 0; i < count; i++)
        {
            var topic = Pick(BenchData.Topics);
            var department = Pick(departments);
            var person = Pick(people);
            var localTime = times[i];
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["CHU_DE"] = topic,
                ["KHOA"] = department.Name,
                ["NGUOI"] = person.FullName,
                ["NAM"] = localTime.Year.ToString(CultureInfo.InvariantCulture),
                ["SO"] = _random.Next(3, 37).ToString(CultureInfo.InvariantCulture),
                ["PHAN_TRAM"] = _random.Next(85, 100).ToString(CultureInfo.InvariantCulture),
            };
            var title = VietnameseText.Nfc(string.Format(CultureInfo.InvariantCulture, Pick(BenchData.Titles),
                topic, department.Name, person.FullName, values["NAM"], values["SO"]));
            title = char.ToUpperInvariant(title[0]) + title[1..];
            var slug = await Slug.MakeUniqueAsync(Slug.From(title), s => Task.FromResult(slugs.Contains(s)));
            slugs.Add(slug);

            var template = _random.Next(BenchData.Bodies.Length);
            var bodyMarkdown = Fill(BenchData.Bodies[template], values, escapeHtml: false);
            var bodyHtml = Fill(renderedBodies[template], values, escapeHtml: true);
            if (!checkedTemplates[template])
            {
                var expected = markdown.Render(bodyMarkdown);
                if (expected != bodyHtml)
                {
                    throw new InvalidOperationException($"Body template {template}: filled HTML differs from a full render of the Markdown.");
                }
                checkedTemplates[template] = true;
            }

            var publishedAt = VietnamTime.ToUtc(localTime);
            var article = new Article
            {
                Title = title,
                Slug = slug,
                Summary = Fill(Pick(BenchData.Summaries), values, escapeHtml: false),
                BodyMarkdown = bodyMarkdown,
                BodyHtml = bodyHtml,
                Category = Pick(categories),
                AuthorName = Pick(BenchData.Authors),
                Status = ArticleStatus.Published,
                PublishedAt = publishedAt,
                CreatedAt = publishedAt.AddDays(-_random.Next(1, 10)),
                UpdatedAt = publishedAt,
                IsFeatured = _random.Next(50) == 0,
                Version = 3,
                Tags = PickSome(tags, 1, 3),
            };
            if (_random.Next(10) < 7)
            {
                article.People = person.DepartmentId == department.Id || _random.Next(2) == 0 ? [person] : [person, Pick(people)];
                article.People = article.People.Distinct().ToList();
            }
            if (_random.Next(10) < 6)
            {
                article.Departments = [department];
            }
            if (_random.Next(10) < 3)
            {
                article.Movements = [Pick(movements)];
            }
            batch.Add(article);

            if (batch.Count == BatchSize || i == count - 1)
            {
                var saving = Stopwatch.GetTimestamp();
                db.Articles.AddRange(batch);
                await db.SaveChangesAsync(ct);
                SaveTime += Stopwatch.GetElapsedTime(saving);
                batch.Clear();
                // Forget the saved articles, keep the reference data attached for the next batch.
                db.ChangeTracker.Clear();
                AttachReferenceData(categories, departments, people, tags, movements);
            }
        }
        Debug.Assert(checkedTemplates.All(c => c), "every body template was checked");
        await transaction.CommitAsync(ct);
    }

    private async Task<(List<Category>, List<Department>, List<Person>, List<Tag>, List<Movement>)> AddReferenceDataAsync(CancellationToken ct)
    {
        var departments = await db.Departments.ToListAsync(ct);
        var order = departments.Count;
        var departmentSlugs = departments.Select(d => d.Slug).ToHashSet(StringComparer.Ordinal);
        // The demo seed may already have some of these departments: add only the missing ones.
        foreach (var (name, kind) in BenchData.Departments.Where(d => departmentSlugs.Add(Slug.From(d.Name))))
        {
            departments.Add(new Department
            {
                Name = name, Slug = Slug.From(name), Kind = kind, SortOrder = order++,
                Description = $"{name} của bệnh viện.",
            });
        }

        var people = await db.People.ToListAsync(ct);
        var personSlugs = people.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < 40; i++)
        {
            var name = $"{BenchData.FamilyNames[i % BenchData.FamilyNames.Length]} {BenchData.MiddleNames[i * 3 % BenchData.MiddleNames.Length]} {BenchData.GivenNames[i * 7 % BenchData.GivenNames.Length]}";
            var slug = await Slug.MakeUniqueAsync(Slug.From(name), s => Task.FromResult(personSlugs.Contains(s)));
            personSlugs.Add(slug);
            people.Add(new Person
            {
                FullName = name, Slug = slug, Position = Pick(BenchData.Positions),
                Department = Pick(departments), IsFeatured = i % 8 == 0,
                Bio = $"{name} công tác tại bệnh viện từ năm {2000 + (i % 20)}.",
            });
        }

        var tags = await db.Tags.ToListAsync(ct);
        var tagSlugs = tags.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        tags.AddRange(BenchData.Tags
            .Select(name => new Tag { Name = name, Slug = Slug.From(name) })
            .Where(t => tagSlugs.Add(t.Slug)));

        var movements = await db.Movements.ToListAsync(ct);
        var movementSlugs = movements.Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        movements.AddRange(BenchData.Movements.Where(m => movementSlugs.Add(Slug.From(m.Name))).Select(m => new Movement
        {
            Name = m.Name, Slug = Slug.From(m.Name), StartDate = m.Start, EndDate = m.End,
            Summary = $"Phong trào “{m.Name}”.",
        }));

        var categories = await db.Categories.ToListAsync(ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        // Detached from here on: clear their navigations so re-attaching one batch's graph never drags in another's.
        foreach (var p in people)
        {
            p.Department = null;
        }
        AttachReferenceData(categories, departments, people, tags, movements);
        return (categories, departments, people, tags, movements);
    }

    private void AttachReferenceData(
        List<Category> categories, List<Department> departments, List<Person> people, List<Tag> tags, List<Movement> movements)
    {
        // Saving fixes up the inverse navigations (tag.Articles, …): empty them, or attaching the reference data would
        // drag every article saved so far back into the change tracker, batch after batch.
        categories.ForEach(c => c.Articles.Clear());
        departments.ForEach(d => d.Articles.Clear());
        people.ForEach(p => p.Articles.Clear());
        tags.ForEach(t => t.Articles.Clear());
        movements.ForEach(m => m.Articles.Clear());
        db.AttachRange(categories);
        db.AttachRange(departments);
        db.AttachRange(people);
        db.AttachRange(tags);
        db.AttachRange(movements);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private List<T> PickSome<T>(IReadOnlyList<T> items, int min, int max)
    {
        var n = _random.Next(min, max + 1);
        var picked = new List<T>(n);
        while (picked.Count < n)
        {
            var item = Pick(items);
            if (!picked.Contains(item))
            {
                picked.Add(item);
            }
        }
        return picked;
    }

    private static string Fill(string template, Dictionary<string, string> values, bool escapeHtml)
    {
        var builder = new StringBuilder(template);
        foreach (var (key, value) in values)
        {
            builder.Replace("{{" + key + "}}", escapeHtml ? EscapeHtml(value) : value);
        }
        return builder.ToString();
    }

    // Only the characters HTML needs escaped: the sanitizer's output keeps Vietnamese letters as they are.
    private static string EscapeHtml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);
}
