using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Popular;

/// <summary>"Terpopuler": the most read published stories of the last day (or week), recomputed every few minutes.</summary>
public sealed class MostRead(IServiceScopeFactory scopes, IMemoryCache cache, SiteSettingsCache settings, IOptions<PopularOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<ArticleSummary>> GetAsync()
    {
        var site = settings.Current;
        var window = TimeSpan.FromHours(site.PopularWindowHours);
        return await cache.GetOrCreateAsync(("most-read", site.PopularWindowHours), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(options.Value.ListSeconds);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
            var now = clock.GetUtcNow().UtcDateTime;
            var since = now - window;
            var top = await db.ArticleViewCounts.Where(v => v.HourUtc >= since)
                .GroupBy(v => v.ArticleId).Select(g => new { Id = g.Key, Views = g.Sum(v => v.Views) })
                .OrderByDescending(g => g.Views).ThenByDescending(g => g.Id).Take(options.Value.ListSize * 2).ToListAsync();
            var ids = top.Select(t => t.Id).ToList();
            var articles = await db.VisibleSummariesAsync(ids, now, site.Time.Zone);
            var rank = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            return (IReadOnlyList<ArticleSummary>)articles.OrderBy(a => rank[a.Id]).Take(options.Value.ListSize).ToList();
        }) ?? [];
    }

    private IReadOnlyList<int> lastIds = [];

    /// <summary>
    /// Reads the list afresh (new views were just written) and says whether its stories or their order changed, so
    /// cached pages showing it are evicted only then.
    /// </summary>
    public async Task<bool> RefreshAsync()
    {
        Invalidate();
        var ids = (await GetAsync()).Select(a => a.Id).ToList();
        var changed = !ids.SequenceEqual(lastIds);
        lastIds = ids;
        return changed;
    }

    /// <summary>A story in the list changed (headline, visibility): the next page asks the database again.</summary>
    public void Invalidate() => cache.Remove(("most-read", settings.Current.PopularWindowHours));
}
