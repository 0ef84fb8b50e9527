using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Warta.Web.Caching;

/// <summary>
/// The output cache's one policy: shared reader pages are looked up and stored (per address, query and encoding);
/// a response is stored only when its page opted in with <see cref="CacheTags.Add"/>, answered 200 and set no cookie.
/// </summary>
public sealed class ReaderCachePolicy(IOptions<CacheOptions> options, Cluster.WartaMetrics metrics) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var shared = options.Value.Enabled && SharedPages.Apply(context.HttpContext);
        context.EnableOutputCaching = shared;
        context.AllowCacheLookup = shared;
        context.AllowCacheStorage = shared;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = "Accept-Encoding";
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.LifetimeSeconds);
        if (shared) context.Tags.Add(CacheTags.Site);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        metrics.CacheHit();
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (context.AllowCacheLookup) metrics.CacheMiss();
        if (!CacheTags.IsCacheable(context.HttpContext) || response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
