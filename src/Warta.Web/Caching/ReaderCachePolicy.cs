using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Warta.Web.Caching;

/// <summary>
/// The output cache's one policy: shared reader pages are looked up and stored (per address, query and encoding);
/// a response is stored only when its page opted in with <see cref="CacheTags.Add"/>, answered 200, set no cookie, and
/// nothing was evicted while it was made.
/// </summary>
public sealed class ReaderCachePolicy(IOptions<CacheOptions> options, Cluster.WartaMetrics metrics, SnapshotCache snapshots, HotPages hotPages) : IOutputCachePolicy
{
    private static readonly object Generation = new();

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
        if (shared)
        {
            context.Tags.Add(CacheTags.Site);
            context.HttpContext.Items[Generation] = snapshots.Generation;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        metrics.CacheHit();
        hotPages.CopyAnswer(context.HttpContext);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (context.AllowCacheLookup) metrics.CacheMiss();
        if (!CacheTags.IsCacheable(context.HttpContext) || response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            context.AllowCacheStorage = false;
        // A page made from data read before a change, finished after its eviction, would otherwise be stored after the
        // eviction and outlive it until its lifetime ends: a live story's readers polling as an entry arrives got the
        // answer without it for a minute. As the snapshots do (SnapshotCache.Set), it is served but not kept.
        else if (context.HttpContext.Items[Generation] is long begun && begun != snapshots.Generation)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
