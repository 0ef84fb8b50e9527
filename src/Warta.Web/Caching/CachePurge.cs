using Microsoft.AspNetCore.OutputCaching;
using Warta.Web.Changes;
using Warta.Web.Navigation;
using Warta.Web.Popular;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Caching;

/// <summary>
/// Drops what this process keeps of changed content: cached pages and snapshots by tag, the "Terpopuler" list when a
/// story changed, and sections, menus and settings when navigation changed (the site tag). The one way out of every
/// cache; changes reach it through <see cref="ContentChanges"/> (saves here) and <see cref="ChangeFeed"/> (elsewhere).
/// </summary>
public sealed partial class CachePurge(
    IOutputCacheStore store, SnapshotCache snapshots, MostRead mostRead, SectionDirectory sections, MenuDirectory menus,
    SiteSettingsCache settings, Search.SearchSuggestions suggestions, HotPages hotPages, Cluster.WartaMetrics metrics, ILogger<CachePurge> log)
{
    public async ValueTask EvictAsync(ChangeSet change, CancellationToken ct = default)
    {
        if (change.Tags.Contains(CacheTags.Site))
        {
            sections.Invalidate();
            menus.Invalidate();
            try
            {
                await settings.ReloadAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                EvictionFailed(e, "settings");
            }
        }
        await EvictAsync(change.Tags, change.ArticlesChanged, ct);
    }

    /// <summary>This process only: for what each process works out for itself (its "Terpopuler" order).</summary>
    public async ValueTask EvictAsync(IEnumerable<string> tags, bool articlesChanged, CancellationToken ct = default)
    {
        // The "Terpopuler" list and the search box's suggestions keep headlines in memory: a changed story must not
        // come back stale, nor a renamed section, tag or author.
        if (articlesChanged) mostRead.Invalidate();
        var distinct = tags.Distinct(StringComparer.Ordinal).ToList();
        if (articlesChanged || distinct.Contains(CacheTags.Site)) suggestions.Invalidate();
        metrics.Evicted(distinct.Count);
        if (distinct.Count == 0) return;
        // Before, so no reader gets a dropped page from them; after, so none copied from the output cache while it was
        // still dropping its entries is kept.
        hotPages.Evict();
        try
        {
            await EvictEachAsync(distinct, ct);
        }
        finally
        {
            hotPages.Evict();
        }
    }

    private async Task EvictEachAsync(List<string> distinct, CancellationToken ct)
    {
        foreach (var tag in distinct)
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evicting cached {Tag} failed.")]
    private partial void EvictionFailed(Exception e, string tag);
}
