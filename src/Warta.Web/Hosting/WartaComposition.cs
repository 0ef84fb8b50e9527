using Warta.Web.Api;
using Warta.Web.Articles;
using Warta.Web.Cluster;
using Warta.Web.Caching;
using Warta.Web.Comments;
using Warta.Web.Data;
using Warta.Web.Feeds;
using Warta.Web.Newsroom;
using Warta.Web.Popular;
using Warta.Web.Search;
using Warta.Web.Site;
using Warta.Web.Sitemaps;

using Warta.Web.Live;

namespace Warta.Web.Hosting;

/// <summary>
/// The one composition root: the site and every command build the same services from this list, so a command's
/// writes take the same change path (journal, caches, search) as the site's. Reads as a table of contents.
/// </summary>
public static class WartaComposition
{
    public static WebApplicationBuilder AddWarta(this WebApplicationBuilder builder)
    {
        // No "Server: Kestrel" on every answer: it tells an attacker what runs here and costs bytes on every cached page.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // Run from a build (dotnet run, tests) rather than a publish, the fingerprinted and pre-compressed copies of
        // wwwroot live in obj/; the build's manifest maps them in whatever the environment. A publish has them in
        // wwwroot and no such manifest, and this does nothing.
        Microsoft.AspNetCore.Hosting.StaticWebAssets.StaticWebAssetsLoader.UseStaticWebAssets(builder.Environment, builder.Configuration);

        var services = builder.Services;
        services.AddPreparation();
        services.AddWartaData(builder.Configuration);
        services.AddCluster();
        services.AddReadiness();
        services.AddForwardedHeadersFromProxies();
        services.AddWartaMetrics(builder.Configuration);
        services.AddReaderSite();
        services.AddFeeds();
        services.AddSearch();
        services.AddWordPressApi();
        services.AddNewsroom();
        services.AddPopular();
        services.AddComments();
        services.AddLiveCoverage();
        services.AddReaderCache();
        services.AddNativeHeapTrim();
        return builder;
    }

    /// <summary>Migrations, settings, demo content and newsroom roles: what the site and every command need first.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await app.PrepareDatabaseAsync();
        await app.PrepareNewsroomAsync();
    }

    /// <summary>The request pipeline, in the order that matters (each step says why it is where it is).</summary>
    public static WebApplication UseWarta(this WebApplication app)
    {
        // The preparation runs while the server starts; requests and background services wait for it (Preparation.cs).
        app.Services.GetRequiredService<Preparation>().Begin(app.PrepareAsync);

        app.UsePreparationGate();
        // First of all: everything after it (limits, view counting, links) sees the reader, not the balancer.
        app.UseForwardedHeadersFromProxies();
        // On its own port only (Warta:Metrics:Port), before anything a reader's request would pass through.
        app.UseWartaMetrics();
        app.UseSecurityHeaders();
        app.UseKnownMethods();
        app.UseNoNulCharacters();
        // Before the cache and the slash rule: /?rest_route=/wp/v2/posts is the API's route, cached as such.
        app.UseRestRouteParameter();
        app.UseTrailingSlashRedirect();
        // A page from the output cache is answered here, before routing and the rest: counting its view is all it needs.
        app.UseViewCounting();
        app.UseReaderCache();
        // Behind the cache, so a hit does not pass through them; a miss that fails or finds nothing gets the reader's
        // error page (the cache keeps only 200 answers).
        app.UseReaderErrorPages();
        app.UseSiteFiles();
        app.UseSiteCulture();
        app.UseNewsroomNoStore();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapWarta(this WebApplication app)
    {
        app.MapReadiness();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapFeeds();
        app.MapWordPressApi();
        app.MapCommentFeed();
        app.MapLiveCoverage();
        app.MapStoryPageLinks();
        app.MapCommentTokens();
        Search.SuggestionEndpoint.MapSearchSuggestions(app);
        app.MapSitemaps();
        app.MapThemeStylesheet();
        app.MapCachePurgeHook();
        Articles.Embeds.EmbedPlayer.MapEmbedPlayer(app);
        return app;
    }
}
