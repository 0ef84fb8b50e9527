using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Warta.Web.Cluster;

/// <summary>
/// A limit counted in Redis, so a reader who posts through several nodes meets one limit, not one per node. A sliding
/// window estimated from two fixed ones (this window's count plus the previous window's, weighted by how much of it
/// still lies within the last <paramref name="window"/>): posts on both sides of a window's edge still add up, as a
/// plain fixed window would not. One INCR and one GET per attempt; the keys expire by themselves. When Redis cannot
/// answer, the attempt is judged by <paramref name="local"/>, this node's own limiter: a Redis outage never opens the
/// gate nor closes it for all.
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
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var length = (long)window.TotalMilliseconds;
        var windowIndex = now / length;
        var intoWindow = (double)(now % length) / length;
        RedisKey counter = $"warta:limit:{key}:{windowIndex}";
        RedisKey previous = $"warta:limit:{key}:{windowIndex - 1}";
        try
        {
            var database = redis.Database;
            var counting = database.StringIncrementAsync(counter, permitCount);
            var before = database.StringGetAsync(previous);
            var count = await counting;
            if (count == permitCount) await database.KeyExpireAsync(counter, 2 * window + TimeSpan.FromSeconds(1), flags: CommandFlags.FireAndForget);
            var earlier = (await before).TryParse(out long n) ? n : 0;
            // A refused attempt counts too: a reader hammering the form stays refused instead of earning a permit back.
            return count + earlier * (1 - intoWindow) <= permitLimit ? Granted : Refused;
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
