using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Seed;

// The demo hospital's content as plain records; DemoContentSeeder resolves the names into entities.

internal sealed record DemoCategory(string Name, string Description);

internal sealed record DemoDepartment(string Name, DepartmentKind Kind, string Description);

/// <param name="Department">Exact name of a <see cref="DemoDepartment"/>.</param>
internal sealed record DemoPerson(string FullName, string Position, string Department, string Bio, bool IsFeatured = false);

internal sealed record DemoMovement(
    string Name, string Summary, DateOnly StartDate, DateOnly? EndDate, string Goals, string Criteria);

/// <param name="Recipient">Exact full name of a person (individual) or name of a department (collective).</param>
/// <param name="Movement">Exact name of a movement, or null.</param>
/// <param name="Title">Exact name of a title or form in <see cref="StandardCatalog"/>; likewise <paramref name="Authority"/>.</param>
internal sealed record DemoCommendation(
    RecipientKind RecipientKind, string Recipient, string Title, string Authority,
    int Year, string DecisionNumber, DateOnly DecisionDate, string? Movement, string Citation, DemoRevocation? Revoked = null);

/// <summary>Thu hồi: the revoking decision's number and date, and why.</summary>
internal sealed record DemoRevocation(string Number, DateOnly On, string Reason);

/// <summary>Who signs an authority's decisions in the demo (invented names), and the subject line's wording.</summary>
internal sealed record DemoSigner(string Authority, string Name, string Position);

/// <param name="Owners">Exact full names of people.</param>
internal sealed record DemoInitiative(
    string Title, InitiativeKind Kind, string Department, string[] Owners, int Year,
    InitiativeStatus Status, AuthorityLevel? RecognitionLevel, string Summary, string Effect);

/// <param name="PublishedAt">Vietnam local time.</param>
/// <param name="People">Exact full names; likewise departments, movements and initiative titles.</param>
internal sealed record DemoArticle(
    string Title, string Category, string Summary, string BodyMarkdown, DateTime PublishedAt, string AuthorName,
    string[] Tags, string[] People, string[] Departments, string[] Movements, string[] Initiatives, bool IsFeatured = false);
