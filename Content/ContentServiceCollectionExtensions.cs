using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Data.Seed;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Markdown;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Registers the content core on a SQLite database at <paramref name="sqliteConnectionString"/>.</summary>
    public static IServiceCollection AddContentCore(this IServiceCollection services, string sqliteConnectionString)
    {
        services.AddDbContext<ContentDbContext>(options => options.UseSqlite(sqliteConnectionString));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<IDomainEventPublisher, DomainEventPublisher>();
        services.AddScoped<ArticleService>();
        services.AddScoped<ArticleReader>();
        services.AddScoped<RecognitionReader>();
        services.AddScoped<DemoContentSeeder>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
