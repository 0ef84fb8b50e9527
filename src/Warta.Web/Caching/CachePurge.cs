using Microsoft.AspNetCore.OutputCaching;
using Warta.Web.Popular;

namespace Warta.Web.Caching;

/// <summary>Evicts cached pages by tag; the one way out of the cache, for saves, bulk updates and the purge hook.</summary>
public sealed partial class CachePurge(IOutputCacheStore store, SnapshotCache snapshots, MostRead mostRead, ILogger<CachePurge> log)
{
    public async ValueTask EvictAsync(IEnumerable<string> tags, bool articlesChanged, CancellationToken ct = default)
    {
        // The "Terpopuler" list keeps its stories' headlines in memory: a changed story must not come back stale.
        if (articlesChanged) mostRead.Invalidate();
        foreach (var tag in tags.Distinct(StringComparer.Ordinal))
        {
            snapshots.Evict(tag);
            try
            {
                await store.EvictByTagAsync(tag, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The save has committed; a failed eviction must not turn it into an error. The lifetime bounds it.
                EvictionFailed(e, tag);
            }
        }
    }

    public ValueTask EvictAllAsync(CancellationToken ct = default) => EvictAsync([CacheTags.Site], articlesChanged: true, ct);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evicting cached pages tagged {Tag} failed.")]
    private partial void EvictionFailed(Exception e, string tag);
}
