using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Warta.Web.Caching;

/// <summary>
/// What a page was built from (a story, its comments, its related list), kept in memory under the same tags as the
/// cached pages, so the eviction that drops a page drops its data too. A page the output cache has just dropped for
/// an unrelated reason ("Terpopuler" reordered, the lifetime ran out) is then rebuilt without the database.
/// </summary>
public sealed class SnapshotCache : IDisposable
{
    private readonly MemoryCache cache;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> tags = new(StringComparer.Ordinal);
    private readonly TimeSpan lifetime;
    private readonly bool enabled;
    private long generation;

    public SnapshotCache(IOptions<CacheOptions> options)
    {
        var o = options.Value;
        enabled = o.Snapshots;
        lifetime = TimeSpan.FromSeconds(o.LifetimeSeconds);
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = o.SnapshotMegabytes * 1024L * 1024 });
    }

    /// <summary>Taken before reading what a snapshot is made of: any eviction after it makes that read suspect.</summary>
    internal long Generation => Interlocked.Read(ref generation);

    /// <summary>
    /// The snapshot under <paramref name="key"/>, or a fresh one from <paramref name="build"/>, kept when
    /// <paramref name="build"/> found something and <paramref name="keep"/> agrees. The one way pages should use this
    /// cache: it notes the generation before the read, so data read across a change is never kept.
    /// </summary>
    public async Task<T?> GetOrBuildAsync<T>(string key, Func<Task<T?>> build, Func<T, bool>? keep = null) where T : class, ISnapshot
    {
        if (TryGet<T>(key, out var kept)) return kept;
        var readAt = Generation;
        var built = await build();
        if (built is not null && (keep?.Invoke(built) ?? true)) Set(key, built, built.Bytes, built.Tags, readAt);
        return built;
    }

    public bool TryGet<T>(string key, out T value) where T : class
    {
        if (enabled && cache.TryGetValue(key, out var found) && found is T typed)
        {
            value = typed;
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>
    /// Keeps <paramref name="value"/> until any of <paramref name="withTags"/> is evicted or the page lifetime ends.
    /// Nothing is kept when an eviction happened since <paramref name="readAt"/>: the data may predate that change.
    /// </summary>
    internal void Set<T>(string key, T value, long bytes, IEnumerable<string> withTags, long readAt) where T : class
    {
        if (!enabled || Generation != readAt) return;
        using (var entry = cache.CreateEntry(key))
        {
            entry.Value = value;
            entry.Size = Math.Max(1, bytes);
            entry.AbsoluteExpirationRelativeToNow = lifetime;
            foreach (var tag in withTags.Distinct(StringComparer.Ordinal))
                entry.AddExpirationToken(new CancellationChangeToken(TokenFor(tag)));
        }
        // An eviction that raced the lines above may have cancelled a token before this entry held it.
        if (Generation != readAt) cache.Remove(key);
    }

    public void Evict(string tag)
    {
        // No snapshot holds "Terpopuler" (pages read it from memory each time), and it reorders often: reads in
        // flight need not be thrown away for it.
        if (tag == CacheTags.Popular) return;
        Interlocked.Increment(ref generation);
        if (tag == CacheTags.Site)
        {
            EvictAll();
            return;
        }
        if (tags.TryRemove(tag, out var source)) Cancel(source);
    }

    private CancellationToken TokenFor(string tag)
    {
        // One token source per tag in use; a site with many stories would otherwise keep one for every tag ever seen.
        if (tags.Count > MaxTags) EvictAll();
        return tags.GetOrAdd(tag, static _ => new CancellationTokenSource()).Token;
    }

    private const int MaxTags = 50_000;

    private void EvictAll()
    {
        foreach (var tag in tags.Keys)
            if (tags.TryRemove(tag, out var source)) Cancel(source);
        cache.Compact(1.0);
    }

    // Not disposed: an entry being written may still be registering with it; it holds no timer or handle.
    private static void Cancel(CancellationTokenSource source) => source.Cancel();

    public void Dispose()
    {
        cache.Dispose();
        foreach (var source in tags.Values) source.Dispose();
    }
}
