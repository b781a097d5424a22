using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Tests.Media;

/// <summary>A media library on its own temporary data directory and SQLite file, with the real storage and NetVips.</summary>
internal sealed class MediaTestBed : IAsyncDisposable
{
    public static readonly Actor Editor = new("editor-1", "Lê Minh Tâm", new HashSet<string> { Roles.Editor });
    public static readonly Actor Clerk = new("clerk-1", "Phạm Thị Hồng Nhung", new HashSet<string> { Roles.RecognitionClerk });

    private MediaTestBed(ContentPaths paths, MediaOptions options)
    {
        Paths = paths;
        Options = options;
        Storage = new LocalMediaStorage(paths);
        Variants = new ImageVariants(Microsoft.Extensions.Options.Options.Create(options));
    }

    public ContentPaths Paths { get; }
    public MediaOptions Options { get; }
    public LocalMediaStorage Storage { get; }
    public ImageVariants Variants { get; }
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero));

    /// <summary>Every event the library appended to the change log, oldest first.</summary>
    public async Task<List<IDomainEvent>> EventsAsync()
    {
        await using var db = NewDbContext();
        return (await db.ChangeLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync()).Select(e => DomainEventTypes.Deserialize(e)!).ToList();
    }

    public static async Task<MediaTestBed> CreateAsync(MediaOptions? options = null)
    {
        var paths = new ContentPaths(Path.Combine(Path.GetTempPath(), "thiduacms-tests", "media-" + Guid.NewGuid().ToString("N")));
        var bed = new MediaTestBed(paths, options ?? new MediaOptions());
        await using var db = bed.NewDbContext();
        await db.Database.MigrateAsync();
        return bed;
    }

    public ContentDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<ContentDbContext>().UseSqlite(Paths.SqliteConnectionString).Options);

    /// <summary>A library on a fresh DbContext, as one request would have.</summary>
    public MediaLibrary Library(ContentDbContext db) => new(
        db, Storage, Variants, Microsoft.Extensions.Options.Options.Create(Options), Paths, Clock,
        new ChangeLog(db, Clock), new ThiDuaCms.Content.Audit.AuditLog(db, Clock), NullLogger<MediaLibrary>.Instance);

    public async Task<OperationResult<MediaAsset>> UploadAsync(byte[] content, string fileName, Actor? actor = null, bool seekable = true)
    {
        await using var db = NewDbContext();
        await using Stream stream = seekable ? new MemoryStream(content) : new ForwardOnlyStream(content);
        return await Library(db).UploadAsync(stream, fileName, actor ?? Editor);
    }

    /// <summary>Every file under the data directory except the database's, relative; "nothing left behind" compares these.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Paths.DataDirectory, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("thiduacms.db", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Paths.DataDirectory, f))
            .Order(StringComparer.Ordinal)
            .ToList();

    public async Task<int> MediaRowCountAsync()
    {
        await using var db = NewDbContext();
        return await db.MediaAssets.CountAsync();
    }

    public async Task<Article> AddArticleAsync(string title, ArticleStatus status, int? coverImageId, string body = "Nội dung.")
    {
        await using var db = NewDbContext();
        var category = await db.Categories.FirstOrDefaultAsync() ?? new Category { Name = "Gương điển hình", Slug = "guong-dien-hinh" };
        var article = new Article
        {
            Title = title,
            Slug = ThiDuaCms.Content.Text.Slug.From(title),
            BodyMarkdown = body,
            BodyHtml = "<p>" + body + "</p>",
            Category = category,
            CoverImageId = coverImageId,
            Status = status,
            PublishedAt = status is ArticleStatus.Published or ArticleStatus.Scheduled ? Clock.GetUtcNow().UtcDateTime : null,
            CreatedAt = Clock.GetUtcNow().UtcDateTime,
            UpdatedAt = Clock.GetUtcNow().UtcDateTime,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    }

    public async Task<Person> AddPersonAsync(string fullName, int photoId)
    {
        await using var db = NewDbContext();
        var person = new Person { FullName = fullName, Slug = ThiDuaCms.Content.Text.Slug.From(fullName), PhotoId = photoId };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        try
        {
            Directory.Delete(Paths.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>An upload stream that cannot tell its length, as a chunked request body.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }
}
