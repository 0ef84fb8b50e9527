using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warta.Web.Data;

namespace Warta.Web.Popular;

/// <summary>Writes counted views to the database in batches (one small transaction every few seconds, not one per view).</summary>
public sealed partial class ViewFlusher(
    ViewCounter counter, MostRead mostRead, Caching.CachePurge purge, IServiceScopeFactory scopes, IOptions<PopularOptions> options,
    TimeProvider clock, Hosting.Preparation preparation, ILogger<ViewFlusher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.FlushSeconds), clock);
        try
        {
            if (!await preparation.SucceededAsync(stoppingToken)) return;
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(CancellationToken.None);
        }
        catch (OperationCanceledException) { }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(CancellationToken.None);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        var views = counter.TakeCounted();
        if (views.Count == 0) return;
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
            var ids = views.Keys.ToList();
            var existing = await db.ArticleViewCounts.Where(v => v.HourUtc == hour && ids.Contains(v.ArticleId)).ToDictionaryAsync(v => v.ArticleId, ct);
            var articles = await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
            foreach (var id in articles)
            {
                if (existing.TryGetValue(id, out var row)) row.Views += views[id];
                else db.ArticleViewCounts.Add(new ArticleViewCount { ArticleId = id, HourUtc = hour, Views = views[id] });
            }
            await db.SaveChangesAsync(ct);
            // Pages showing "Terpopuler" come from the cache; they are evicted when the list itself changes.
            if (await mostRead.RefreshAsync()) await purge.EvictAsync([Caching.CacheTags.Popular], articlesChanged: false, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            counter.Return(views);
            LogFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing view counts failed; they are kept for the next try.")]
    private partial void LogFailed(Exception exception);
}
