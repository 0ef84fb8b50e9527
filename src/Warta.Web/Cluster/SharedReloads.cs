using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using StackExchange.Redis;

namespace Warta.Web.Cluster;

/// <summary>
/// Reload detection for "Terpopuler" across nodes (only when Redis is configured): the day's random seed and the
/// fingerprints of the last <c>RepeatMinutes</c> live in Redis, so a reader reloading through another node is still
/// the same reader. Still nothing about a reader in the database, nor anything readable: a fingerprint is a seeded
/// hash, and the seed and fingerprints expire by themselves. When Redis does not answer, each node judges alone.
/// </summary>
public sealed class SharedReloads(SharedRedis redis)
{
    private long? seed;
    private DateOnly seedDay;
    private int fetching;

    /// <summary>The day's shared seed, or null until this node has it (asked for in the background).</summary>
    public long? SeedFor(DateOnly day)
    {
        if (seedDay == day && seed is { } known) return known;
        if (Interlocked.Exchange(ref fetching, 1) == 0) _ = FetchSeedAsync(day);
        return null;
    }

    private async Task FetchSeedAsync(DateOnly day)
    {
        try
        {
            RedisKey key = "warta:views:seed:" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var mine = BinaryPrimitives.ReadInt64LittleEndian(RandomNumberGenerator.GetBytes(8));
            // The first node of the day sets it; every node then reads the same one.
            await redis.Database.StringSetAsync(key, mine, TimeSpan.FromDays(2), When.NotExists);
            var shared = await redis.Database.StringGetAsync(key);
            if (shared.TryParse(out long value)) (seed, seedDay) = (value, day);
        }
        catch (Exception e) when (e is RedisException or TimeoutException) { }
        finally { Volatile.Write(ref fetching, 0); }
    }

    /// <summary>True when no node has seen this fingerprint within <paramref name="repeat"/>; null when Redis cannot say.</summary>
    public async Task<bool?> FirstSightAsync(UInt128 fingerprint, TimeSpan repeat)
    {
        try
        {
            return await redis.Database.StringSetAsync("warta:views:seen:" + fingerprint.ToString("x32", CultureInfo.InvariantCulture), 1, repeat, When.NotExists);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return null;
        }
    }

    /// <summary>Counts one more view from an address for a story across nodes; true while within <paramref name="allowance"/>,
    /// null when Redis cannot say.</summary>
    public async Task<bool?> WithinAllowanceAsync(UInt128 budget, int allowance, TimeSpan window)
    {
        try
        {
            RedisKey key = "warta:views:address:" + budget.ToString("x32", CultureInfo.InvariantCulture);
            var used = await redis.Database.StringIncrementAsync(key);
            if (used == 1) await redis.Database.KeyExpireAsync(key, window);
            return used <= allowance;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return null;
        }
    }
}
