using Warta.Web.Hosting;
using Microsoft.Extensions.Options;
using Warta.Web.Search.Indonesian;

namespace Warta.Web.Search;

public static class SearchSetup
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddValidatedOptions<SearchOptions>(SearchOptions.SectionName);
        services.AddSingleton(sp => RootWords.Load(sp.GetRequiredService<IOptions<SearchOptions>>().Value.RootWordsPath));
        services.AddSingleton<IndonesianRootStemmer>();
        services.AddSingleton<Analyzers>();
        services.AddSingleton<ArticleIndex>();
        services.AddSingleton<SearchDocument>();
        services.AddSingleton<IndexBacklog>();
        services.AddSingleton<SearchFilters>();
        services.AddSingleton<ArticleSearch>();
        services.AddSingleton<SearchSuggestions>();
        services.AddSingleton<SimilarArticles>();
        services.AddScoped<RebuildSearchIndex>();
        services.AddHostedService<SearchIndexer>();
        services.AddSingleton<Report.SearchQueryLog>();
        services.AddSingleton<Report.SearchQueryFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<Report.SearchQueryFlusher>());
        return services;
    }
}
