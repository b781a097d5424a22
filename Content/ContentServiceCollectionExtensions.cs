using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Data.Seed;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Markdown;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Spreadsheets;

namespace ThiDuaCms.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the content core. The SQLite connection string is resolved when first needed, so hosts and tests
    /// can set the data directory through configuration.
    /// </summary>
    public static IServiceCollection AddContentCore(this IServiceCollection services, Func<IServiceProvider, string> sqliteConnectionString)
    {
        // Pooled: a request rents a context instead of building one, and the options (connection string included)
        // are built once for the pool, not per request.
        services.AddDbContextPool<ContentDbContext>((provider, options) => options
            .UseSqlite(sqliteConnectionString(provider))
            .AddInterceptors(provider.GetRequiredService<ChangeLogCommitInterceptor>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ChangeLog>();
        services.AddSingleton<ChangeLogSignal>();
        services.AddSingleton<ChangeLogCommitInterceptor>();
        services.AddOptions<ChangeLogOptions>();
        // One instance, reachable as itself (tests wait on it) and started by the host.
        services.AddSingleton<ChangeLogDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeLogDispatcher>());
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledPublisher>());
        services.AddScoped<ArticleEditor>();
        services.AddScoped<ArticleService>();
        services.AddScoped<ArticleSlugs>();
        services.AddScoped<ArticleRevisions>();
        services.AddScoped<ArticleReader>();
        services.AddSingleton<ReferenceSnapshotStore>();
        services.AddSingleton<RefreshSnapshotOnContentChange>();
        services.AddSingleton<IDomainEventHandler<ArticlePublished>>(p => p.GetRequiredService<RefreshSnapshotOnContentChange>());
        services.AddSingleton<IDomainEventHandler<ArticleWithdrawn>>(p => p.GetRequiredService<RefreshSnapshotOnContentChange>());
        services.AddSingleton<IDomainEventHandler<ArticleSaved>>(p => p.GetRequiredService<RefreshSnapshotOnContentChange>());
        services.AddSingleton<IDomainEventHandler<ReferenceDataChanged>>(p => p.GetRequiredService<RefreshSnapshotOnContentChange>());
        services.AddSingleton<IDomainEventHandler<MediaUpdated>>(p => p.GetRequiredService<RefreshSnapshotOnContentChange>());
        services.AddSingleton<IDomainEventHandler<MediaDeleted>>(p => p.GetRequiredService<RefreshSnapshotOnContentChange>());
        services.AddScoped<EditorialDesk>();
        services.AddScoped<AuditLog>();
        services.AddScoped<RecognitionReader>();
        services.AddScoped<RecognitionCatalog>();
        services.AddScoped<DecisionService>();
        services.AddScoped<CommendationService>();
        services.AddSingleton<SpreadsheetReader>();
        services.AddOptions<MediaOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MediaOptions>, MediaOptionsValidation>());
        services.TryAddSingleton<IMediaStorage, LocalMediaStorage>();
        services.AddSingleton<DecodeGate>();
        services.AddSingleton<ImageVariants>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<DemoContentSeeder>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
