using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data;

public sealed class ContentDbContext(DbContextOptions<ContentDbContext> options) : IdentityDbContext<CmsUser>(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<ArticleSlugRedirect> ArticleSlugRedirects => Set<ArticleSlugRedirect>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Movement> Movements => Set<Movement>();
    public DbSet<Commendation> Commendations => Set<Commendation>();
    public DbSet<CommendationTitle> CommendationTitles => Set<CommendationTitle>();
    public DbSet<IssuingAuthority> IssuingAuthorities => Set<IssuingAuthority>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<MediaAsset> MediaAssets => Set<MediaAsset>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();
    public DbSet<ChangeLogCursor> ChangeLogCursors => Set<ChangeLogCursor>();

    // Article.PublicAt/PublicYear/PublicMonth derive from Status and PublishedAt. Refreshing them here, for every added
    // or modified article, keeps them right whichever service writes (no writer can forget). Bulk ExecuteUpdate on
    // articles bypasses this: it must not change Status or PublishedAt (MediaLibrary's cover clearing does not).
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefreshDerivedColumns();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefreshDerivedColumns();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void RefreshDerivedColumns()
    {
        foreach (var entry in ChangeTracker.Entries<Article>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.RefreshPublicColumns();
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ContentDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite forgets the kind, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>
    /// Writes UTC as is and converts local times; a time of unspecified kind is refused, since taking it as the
    /// server's local time would silently shift it by the server's offset.
    /// </summary>
    internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => ToStored(v),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
    {
        internal static DateTime ToStored(DateTime value) => value.Kind switch
        {
            DateTimeKind.Utc => value,
            DateTimeKind.Local => value.ToUniversalTime(),
            _ => throw new ArgumentException(
                $"A DateTime of unspecified kind ({value:O}) cannot be stored: say whether it is UTC (DateTime.SpecifyKind) or convert it with VietnamTime.ToUtc.",
                nameof(value)),
        };
    }
}
