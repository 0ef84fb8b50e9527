using Warta.Web.Hosting;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Warta.Web.Caching;

public static class CachingSetup
{
    public static IServiceCollection AddReaderCache(this IServiceCollection services)
    {
        services.AddValidatedOptions<CacheOptions>(CacheOptions.SectionName);
        services.AddSingleton<ReaderCachePolicy>();
        services.AddSingleton<HotPages>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<CacheOptions>, ReaderCachePolicy>((o, cache, policy) =>
        {
            o.SizeLimit = cache.Value.SizeLimitMegabytes * 1024L * 1024;
            o.AddBasePolicy(policy);
        });
        services.AddResponseCompression(o =>
        {
            // Only shared reader pages are compressed (see UseReaderCache): they carry no secrets, so BREACH has
            // nothing to find, and the compressed bytes are what the cache keeps.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "application/atom+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddSingleton<SnapshotCache>();
        services.AddSingleton<CachePurge>();
        return services;
    }

    /// <summary>
    /// Output cache, then (for shared reader pages only) validators and compression, so what the cache keeps is the
    /// compressed page with its ETag: a hit costs a lookup and a copy.
    /// </summary>
    public static WebApplication UseReaderCache(this WebApplication app)
    {
        // In front of the output cache: the pages it has just served from memory, answered again without it.
        var hotPages = app.Services.GetRequiredService<HotPages>();
        app.Use((context, next) => hotPages.InvokeAsync(context, next));
        // A page made for one person (staff, a commenter with a held comment) must stay out of every shared cache.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && !SharedPages.Apply(context) && SharedPages.IsPersonal(context))
                context.Response.OnStarting(() =>
                {
                    if (context.Response.Headers.CacheControl.Count == 0) context.Response.Headers.CacheControl = "private, no-store";
                    return Task.CompletedTask;
                });
            return next(context);
        });
        app.UseOutputCache();
        app.UseWhen(SharedPages.Apply, shared =>
        {
            shared.UseMiddleware<HttpValidators>();
            shared.UseResponseCompression();
        });
        return app;
    }

    /// <summary>
    /// POST /_cache/purge with "Authorization: Bearer {Warta:Cache:PurgeKey}" evicts the pages carrying the given
    /// tags (form or query "tag", repeatable; the values a page lists in its Cache-Tag header), or every page when
    /// none is given. Off (404) while no key is configured.
    /// </summary>
    public static IEndpointRouteBuilder MapCachePurgeHook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/_cache/purge", async (HttpContext http, IOptions<CacheOptions> options, Changes.ContentChanges changes, Data.WartaDb db) =>
        {
            var key = options.Value.PurgeKey;
            if (string.IsNullOrEmpty(key)) return Results.NotFound();
            var given = http.Request.Headers.Authorization.ToString();
            var expected = "Bearer " + key;
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
                return Results.Unauthorized();
            var tags = http.Request.Query["tag"].ToList();
            if (http.Request.HasFormContentType) tags.AddRange((await http.Request.ReadFormAsync()).Where(f => f.Key == "tag").SelectMany(f => f.Value));
            var evicted = tags.Count == 0 ? [CacheTags.Site] : tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).ToList();
            // Through the change journal, so every process and node purges too, not only the one that was asked.
            await changes.PublishAsync(db, Changes.ChangeSet.Of(evicted), http.RequestAborted);
            return Results.Json(new { evicted });
        }).DisableAntiforgery();
        return app;
    }
}
