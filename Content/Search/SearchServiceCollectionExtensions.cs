using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Events;

namespace ThiDuaCms.Content.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The search index (one writer per instance, in &lt;DataDirectory&gt;/search, so it needs <see cref="ContentPaths"/>),
    /// its change-log handler, the sources a rebuild reads and the public search. A new kind of document adds its
    /// <see cref="ISearchSource"/> here and its events to the handler.
    /// </summary>
    public static IServiceCollection AddContentSearch(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndex>();
        services.AddScoped<ArticleSearchSource>();
        services.AddScoped<ISearchSource>(p => p.GetRequiredService<ArticleSearchSource>());
        // Scoped: the dispatcher resolves it in each batch's scope, with that scope's database context.
        services.AddScoped<UpdateSearchIndexOnContentChange>();
        services.AddScoped<IDomainEventHandler<ArticleSaved>>(p => p.GetRequiredService<UpdateSearchIndexOnContentChange>());
        services.AddScoped<IDomainEventHandler<ArticlePublished>>(p => p.GetRequiredService<UpdateSearchIndexOnContentChange>());
        services.AddScoped<IDomainEventHandler<ArticleWithdrawn>>(p => p.GetRequiredService<UpdateSearchIndexOnContentChange>());
        services.AddSingleton<SiteSearch>();
        return services;
    }
}
