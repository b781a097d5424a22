namespace ThiDuaCms.Content.Events;

// Every event the content core appends to the change log, and what it means. Handlers rely on these meanings;
// change them here and nowhere else. Every write of a Content service appends exactly one event per item it changed
// (drafts included), in the transaction of the change; a handler that does not care about an event's item (e.g. not
// public, never was) returns at once, so edits nobody reads stay cheap. Each event says whether the item is publicly visible after the change:
// handlers of public data (snapshot, public index, output cache) ignore what is not public, except the withdrawal
// events, which tell them to drop what they had.

/// <summary>
/// An article's content, metadata or workflow status changed without changing whether the public sees it
/// (a draft saved, sent for review or back, a schedule set or cancelled before its time, a public article edited,
/// its HTML re-rendered).
/// </summary>
public sealed record ArticleSaved(int ArticleId, string Slug, bool IsPublic) : IDomainEvent;

/// <summary>
/// An article became publicly visible at <paramref name="PublicAt"/> (UTC): published now, republished from the
/// archive, or a scheduled article whose time came (raised by the scheduled publisher at that time, not when it
/// was scheduled; or by an editor publishing it first). Readers may see a due scheduled article slightly before this
/// event arrives: visibility follows the time, not the event.
/// </summary>
public sealed record ArticlePublished(int ArticleId, string Slug, DateTime PublicAt) : IDomainEvent
{
    public bool IsPublic => true;
}

/// <summary>An article stopped being publicly visible (archived, or a due schedule cancelled back to draft).</summary>
public sealed record ArticleWithdrawn(int ArticleId, string Slug) : IDomainEvent
{
    public bool IsPublic => false;
}

/// <summary>An image was added to the library. Nothing public shows it yet.</summary>
public sealed record MediaUploaded(int MediaAssetId, string StoredName) : IDomainEvent
{
    public bool IsPublic => false;
}

/// <summary>An image's alt text, title or credit changed; <paramref name="IsPublic"/> when a public page shows it.</summary>
public sealed record MediaUpdated(int MediaAssetId, string StoredName, bool IsPublic) : IDomainEvent;

/// <summary>An image left the library, and the covers of <paramref name="ClearedArticleIds"/> with it.</summary>
public sealed record MediaDeleted(int MediaAssetId, string StoredName, IReadOnlyList<int> ClearedArticleIds, bool IsPublic) : IDomainEvent;

/// <summary>
/// Reference data the public pages show (categories, people, departments, movements, initiatives, commendations)
/// was written; the seeder raises it once for everything it added.
/// </summary>
public sealed record ReferenceDataChanged(string What) : IDomainEvent
{
    public bool IsPublic => true;
}

/// <summary>
/// A title or form of commendation was added, renamed or otherwise changed, or deleted (only an unused one can be);
/// <paramref name="IsPublic"/> when a public commendation carries it, so public pages show its name.
/// </summary>
public sealed record CommendationTitleChanged(int TitleId, bool IsPublic) : IDomainEvent;

/// <summary>An issuing authority was added, changed or deleted (only an unused one can be); <paramref name="IsPublic"/> as for titles.</summary>
public sealed record IssuingAuthorityChanged(int AuthorityId, bool IsPublic) : IDomainEvent;

/// <summary>
/// A decision was created as a draft, edited, checked, returned to draft or published; <paramref name="IsPublic"/>
/// once published. Publishing also appends a <see cref="CommendationChanged"/> for each commendation that went
/// public with it; an edit of a published decision (its number or date, which public lists print) does not, so a
/// handler of public commendations also reacts to this event by the decision's id.
/// </summary>
public sealed record DecisionChanged(int DecisionId, string Number, Recognition.DecisionState State, bool IsPublic) : IDomainEvent;

/// <summary>A decision that was never published was deleted, and with it the commendations <paramref name="CommendationIds"/>.</summary>
public sealed record DecisionDeleted(int DecisionId, string Number, IReadOnlyList<int> CommendationIds) : IDomainEvent
{
    public bool IsPublic => false;
}

/// <summary>
/// A commendation was added to a decision, edited, went public with its decision, or was removed from a decision
/// never published (<paramref name="Deleted"/>). <paramref name="IsPublic"/> when it is publicly visible after the
/// change (its decision is published and it is not revoked). The recipient is the person or the department.
/// </summary>
public sealed record CommendationChanged(int CommendationId, int DecisionId, int? PersonId, int? DepartmentId, bool IsPublic, bool Deleted = false) : IDomainEvent;

/// <summary>A commendation was revoked (thu hồi): it leaves every public page; a withdrawal event.</summary>
public sealed record CommendationRevoked(int CommendationId, int DecisionId, int? PersonId, int? DepartmentId) : IDomainEvent
{
    public bool IsPublic => false;
}
