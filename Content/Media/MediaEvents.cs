using ThiDuaCms.Content.Events;

namespace ThiDuaCms.Content.Media;

/// <summary>An image was added to the library.</summary>
public sealed record MediaUploaded(int MediaAssetId, string StoredName) : IDomainEvent;

/// <summary>An image's alt text, title or credit changed: pages showing it need re-rendering.</summary>
public sealed record MediaUpdated(int MediaAssetId, string StoredName) : IDomainEvent;

/// <summary>An image left the library (and the drafts that used it as cover).</summary>
public sealed record MediaDeleted(int MediaAssetId, string StoredName, IReadOnlyList<int> ClearedArticleIds) : IDomainEvent;
