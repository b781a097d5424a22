using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ThiDuaCms.Content.Search;

/// <summary>
/// This instance's Lucene index in &lt;DataDirectory&gt;/search (a singleton): one <see cref="IndexWriter"/> and one
/// <see cref="SearcherManager"/> over the live folder named in the "current" file. Only the change-log handler
/// (<see cref="UpdateSearchIndexOnContentChange"/>) writes; a rebuild fills a new folder beside the live one and
/// switches to it when complete, so searches keep answering meanwhile. The change-log position the index reflects
/// is kept in its commit data, committed with the documents it covers.
/// </summary>
public sealed class SearchIndex(ContentPaths paths, ILogger<SearchIndex> logger) : IDisposable
{
    private const string PositionKey = "position";
    private const string CurrentFile = "current";

    /// <summary>
    /// BM25 rather than classic TF-IDF. The relevance suite (tests/Content.Tests/Search) passes with either, so the
    /// choice rests on how they behave past it: BM25 saturates term frequency, so a long body repeating a word
    /// cannot outweigh a title saying it once, and it has no coordination factor, which here would count a word
    /// matched both exact and folded (or in a title and its shingle) as two matched clauses and skew the
    /// exact-over-folded balance the query builder sets with boosts. The same similarity writes the norms and reads them.
    /// </summary>
    internal static readonly Similarity Similarity = new BM25Similarity();

    private readonly object _gate = new();
    private volatile Generation? _live;
    private bool _disposed;

    public string Root { get; } = Path.Combine(paths.DataDirectory, "search");

    /// <summary>The folder of the live index, or null while there is none.</summary>
    public string? LiveFolder => Open()?.Folder;

    /// <summary>True when an index is open for searching (false while missing, corrupt or before the first rebuild).</summary>
    public bool IsAvailable => Open() is not null;

    /// <summary>The change-log position the live index reflects, or null when there is no sound index.</summary>
    internal long? Position() =>
        Open() is { } live && live.Writer.CommitData.TryGetValue(PositionKey, out var value)
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position : null;

    internal void Update(SearchDocument document) =>
        Required().Writer.UpdateDocument(new Term(SearchFields.Key, document.Key), SearchFields.ToLucene(document));

    internal void Delete(string key) => Required().Writer.DeleteDocuments(new Term(SearchFields.Key, key));

    /// <summary>Commits what was applied up to <paramref name="position"/> and makes it searchable.</summary>
    internal void Commit(long position)
    {
        var live = Required();
        live.Writer.SetCommitData(new Dictionary<string, string> { [PositionKey] = SearchFields.Position(position) });
        live.Writer.Commit();
        live.Searchers.MaybeRefreshBlocking();
    }

    /// <summary>
    /// Builds a new index from <paramref name="documents"/> in a folder beside the live one, commits it at
    /// <paramref name="position"/>, then makes it the live index and deletes the old folder.
    /// </summary>
    internal async Task RebuildAsync(long position, IAsyncEnumerable<SearchDocument> documents, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Root);
        var name = "index-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var folder = Path.Combine(Root, name);
        var fresh = Generation.Create(folder, OpenMode.CREATE);
        try
        {
            var count = 0;
            await foreach (var document in documents.WithCancellation(ct))
            {
                fresh.Writer.AddDocument(SearchFields.ToLucene(document));
                count++;
            }
            fresh.Writer.SetCommitData(new Dictionary<string, string> { [PositionKey] = SearchFields.Position(position) });
            fresh.Writer.Commit();
            fresh.Searchers.MaybeRefreshBlocking();
            logger.LogInformation("Search index rebuilt in {Folder}: {Count} documents at change-log position {Position}.", name, count, position);
        }
        catch
        {
            fresh.Dispose();
            TryDelete(folder);
            throw;
        }
        Generation? old;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // Write the pointer beside, then move it over: a crash leaves the old pointer or the new, never half of one.
            var pointer = Path.Combine(Root, CurrentFile);
            File.WriteAllText(pointer + ".tmp", name);
            File.Move(pointer + ".tmp", pointer, overwrite: true);
            old = _live;
            _live = fresh;
        }
        if (old is not null)
        {
            old.Dispose();
            TryDelete(old.Folder);
        }
        DeleteAbandonedFolders(folder);
    }

    /// <summary>
    /// Deletes the index folders no writer holds besides the live one: a corrupt one replaced by this rebuild, the
    /// half-built folder of a rebuild a crash interrupted. A folder another writer holds (another instance over the
    /// same data directory) is left alone.
    /// </summary>
    private void DeleteAbandonedFolders(string live)
    {
        foreach (var folder in System.IO.Directory.GetDirectories(Root, "index-*"))
        {
            if (string.Equals(folder, live, StringComparison.Ordinal))
            {
                continue;
            }
            bool locked;
            try
            {
                using var directory = FSDirectory.Open(folder);
                locked = IndexWriter.IsLocked(directory);
            }
            catch (IOException)
            {
                continue;
            }
            if (!locked)
            {
                TryDelete(folder);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="search"/> on a current searcher; false (and nothing run) when no index is available.
    /// </summary>
    internal bool TrySearch<T>(Func<IndexSearcher, T> search, out T result)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (Open() is not { } live)
            {
                break;
            }
            IndexSearcher searcher;
            try
            {
                searcher = live.Searchers.Acquire();
            }
            catch (ObjectDisposedException)
            {
                continue; // switched to a rebuilt index meanwhile: take the new one
            }
            try
            {
                result = search(searcher);
                return true;
            }
            finally
            {
                live.Searchers.Release(searcher);
            }
        }
        result = default!;
        return false;
    }

    /// <summary>The live index, opened on first use; null when it is missing or cannot be opened (corrupt, locked).</summary>
    private Generation? Open()
    {
        if (_live is { } live)
        {
            return live;
        }
        lock (_gate)
        {
            if (_live is not null || _disposed)
            {
                return _live;
            }
            var pointer = Path.Combine(Root, CurrentFile);
            if (!File.Exists(pointer))
            {
                return null;
            }
            var folder = pointer;
            try
            {
                folder = Path.Combine(Root, File.ReadAllText(pointer).Trim());
                using (var directory = FSDirectory.Open(folder))
                {
                    if (!DirectoryReader.IndexExists(directory))
                    {
                        logger.LogWarning("The search index folder {Folder} holds no index; it will be rebuilt.", folder);
                        return null;
                    }
                }
                var opened = Generation.Create(folder, OpenMode.APPEND);
                try
                {
                    var searcher = opened.Searchers.Acquire();
                    try
                    {
                        CheckReadable(searcher.IndexReader);
                    }
                    finally
                    {
                        opened.Searchers.Release(searcher);
                    }
                }
                catch
                {
                    opened.Dispose();
                    throw;
                }
                _live = opened;
                return opened;
            }
            // Whatever a damaged file makes Lucene throw (not only CorruptIndexException: garbage lengths give argument
            // and range errors too): the index is derived data, rebuilt rather than fatal.
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                logger.LogWarning(ex, "The search index in {Folder} cannot be opened; it will be rebuilt.", folder);
                return null;
            }
        }
    }

    /// <summary>
    /// Verifies every file's checksum, so a damaged index is rebuilt at start rather than failing searches. It reads
    /// the whole index once per start (sequentially; seconds for a very large one), never per search.
    /// </summary>
    private static void CheckReadable(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            leaf.AtomicReader.CheckIntegrity();
        }
    }

    private Generation Required() =>
        Open() ?? throw new InvalidOperationException("Chỉ mục tìm kiếm chưa sẵn sàng: cần xây dựng lại.");

    private void TryDelete(string folder)
    {
        try
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "The old search index folder {Folder} could not be deleted.", folder);
        }
    }

    /// <summary>Forgets the live index when it turned out unusable (a write failed), so the next use reopens or rebuilds.</summary>
    internal void Drop()
    {
        Generation? old;
        lock (_gate)
        {
            old = _live;
            _live = null;
        }
        old?.Dispose();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _live?.Dispose();
            _live = null;
        }
    }

    /// <summary>One index folder with its writer and near-real-time searchers.</summary>
    private sealed class Generation(string folder, LuceneDirectory directory, IndexWriter writer, SearcherManager searchers) : IDisposable
    {
        public string Folder { get; } = folder;
        public IndexWriter Writer { get; } = writer;
        public SearcherManager Searchers { get; } = searchers;

        public static Generation Create(string folder, OpenMode mode)
        {
            var directory = FSDirectory.Open(folder);
            IndexWriter? writer = null;
            try
            {
                writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalysis.Version, VietnameseAnalysis.PerField)
                {
                    OpenMode = mode,
                    Similarity = Similarity,
                    // A rebuild buffers many documents before flushing a segment; the site's edits are a few at a time.
                    RAMBufferSizeMB = 48,
                });
                return new Generation(folder, directory, writer, new SearcherManager(writer, true, new BM25SearcherFactory()));
            }
            catch
            {
                writer?.Dispose();
                directory.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Closes without committing: whatever was applied after the last commit is applied again from the log (its
        /// position was not saved), and a folder deleted under the writer cannot fail the close.
        /// </summary>
        public void Dispose()
        {
            Searchers.Dispose();
            try
            {
                Writer.Rollback();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // Nothing to keep: the folder is gone or already closed.
            }
            directory.Dispose();
        }
    }

    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
