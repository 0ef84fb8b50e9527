using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Warta.Web.Cluster;

/// <summary>
/// A fixed-window limit counted in Redis, so a reader who posts through several nodes meets one limit, not one per
/// node. One INCR per attempt (the window's key expires with the window). When Redis cannot answer, the attempt is
/// judged by <paramref name="local"/>, this node's own limiter: a Redis outage never opens the gate nor closes it for all.
/// </summary>
public sealed class SharedRateLimiter(SharedRedis redis, string key, int permitLimit, TimeSpan window, RateLimiter local, TimeProvider clock) : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true);
    private static readonly RateLimitLease Refused = new Lease(false);

    public override TimeSpan? IdleDuration => local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    // The middleware tries the synchronous path first; Redis is asked on the asynchronous one.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Refused;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var windowIndex = clock.GetUtcNow().ToUnixTimeMilliseconds() / (long)window.TotalMilliseconds;
        RedisKey counter = $"warta:limit:{key}:{windowIndex}";
        try
        {
            var database = redis.Database;
            var count = await database.StringIncrementAsync(counter, permitCount);
            if (count == permitCount) await database.KeyExpireAsync(counter, window + TimeSpan.FromSeconds(1), flags: CommandFlags.FireAndForget);
            return count <= permitLimit ? Granted : Refused;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return await local.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) local.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
