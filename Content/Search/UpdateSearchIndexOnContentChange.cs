using ThiDuaCms.Content.Events;

namespace ThiDuaCms.Content.Search;

/// <summary>
/// The only writer of this instance's <see cref="SearchIndex"/>: applies each article event by reading the article
/// back from the database (indexed when the public sees it, deleted when not), commits with the applied position
/// after each batch, and rebuilds from the database when the index is missing, corrupt or behind the log's retained
/// tail. Per instance: every instance keeps its own index from the same log.
/// </summary>
public sealed class UpdateSearchIndexOnContentChange(SearchIndex index, ArticleSearchSource articles, IEnumerable<ISearchSource> sources)
    : IDomainEventHandler<ArticleSaved>, IDomainEventHandler<ArticlePublished>, IDomainEventHandler<ArticleWithdrawn>,
        IPerInstanceHandler
{
    // Saved covers a public article edited and a draft saved alike: the database says which it is now.
    public Task HandleAsync(ArticleSaved domainEvent, CancellationToken cancellationToken) =>
        ApplyArticleAsync(domainEvent.ArticleId, cancellationToken);

    public Task HandleAsync(ArticlePublished domainEvent, CancellationToken cancellationToken) =>
        ApplyArticleAsync(domainEvent.ArticleId, cancellationToken);

    public Task HandleAsync(ArticleWithdrawn domainEvent, CancellationToken cancellationToken) =>
        ApplyArticleAsync(domainEvent.ArticleId, cancellationToken);

    private async Task ApplyArticleAsync(int articleId, CancellationToken ct)
    {
        if (!index.IsAvailable)
        {
            // Dropped after a failed write: rebuilt from the database as it is now; the batch's commit saves its position.
            await RebuildAsync(0, ct);
        }
        // Read back rather than trust the event: entries may arrive late or twice, the database is the truth now.
        var document = await articles.FindAsync(articleId, ct);
        try
        {
            if (document is not null)
            {
                index.Update(document);
            }
            else
            {
                index.Delete(ArticleSearchSource.KeyOf(articleId));
            }
        }
        catch (IOException)
        {
            // The folder went missing or broke under the writer (deleted, disk trouble): rebuilt from the database as
            // it is now, which holds this change too.
            index.Drop();
            await RebuildAsync(0, ct);
        }
    }

    public ValueTask<long?> LoadPositionAsync(CancellationToken cancellationToken) => ValueTask.FromResult(index.Position());

    public async ValueTask SavePositionAsync(long position, CancellationToken cancellationToken)
    {
        try
        {
            index.Commit(position);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The folder went missing or broke under the writer: the database rebuilds it as of now, which covers position.
            index.Drop();
            await RebuildAsync(position, cancellationToken);
        }
    }

    public Task RebuildAsync(long position, CancellationToken cancellationToken) =>
        index.RebuildAsync(position, AllAsync(cancellationToken), cancellationToken);

    private async IAsyncEnumerable<SearchDocument> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var source in sources)
        {
            await foreach (var document in source.AllAsync(ct))
            {
                yield return document;
            }
        }
    }
}
