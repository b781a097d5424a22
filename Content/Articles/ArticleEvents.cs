using ThiDuaCms.Content.Events;

namespace ThiDuaCms.Content.Articles;

/// <summary>An article's content or metadata was saved.</summary>
public sealed record ArticleSaved(int ArticleId, string Slug) : IDomainEvent;

/// <summary>An article became public (now, or scheduled for <see cref="PublishedAt"/>).</summary>
public sealed record ArticlePublished(int ArticleId, string Slug, DateTime PublishedAt) : IDomainEvent;

/// <summary>An article left the public site (archived or sent back to draft).</summary>
public sealed record ArticleWithdrawn(int ArticleId, string Slug) : IDomainEvent;
