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
