using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warta.Web.Data;

namespace Warta.Web.Popular;

/// <summary>Writes counted views to the database in batches (one small transaction every few seconds, not one per view).</summary>
public sealed partial class ViewFlusher(
    ViewCounter counter, MostRead mostRead, Caching.CachePurge purge, IServiceScopeFactory scopes, IOptions<PopularOptions> options,
    TimeProvider clock, Hosting.Preparation preparation, ILogger<ViewFlusher> log)
    : Hosting.PeriodicFlush(TimeSpan.FromSeconds(options.Value.FlushSeconds), clock, preparation)
{
    public override async Task FlushAsync(CancellationToken ct)
    {
        var views = counter.TakeCounted();
        if (views.Count == 0) return;
        try
        {
            var now = Clock.GetUtcNow().UtcDateTime;
            var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
            var ids = views.Keys.ToList();
            var articles = await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
            // All or none: a failed flush puts every view back for the next try, so none may have been written.
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                foreach (var id in articles) await AddAsync(db, id, hour, views[id], ct);
                await transaction.CommitAsync(ct);
            }
            // Pages showing "Terpopuler" come from the cache; they are evicted when the list itself changes.
            if (await mostRead.RefreshAsync()) await purge.EvictAsync([Caching.CacheTags.Popular], articlesChanged: false, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            counter.Return(views);
            LogFailed(e);
        }
    }

    /// <summary>
    /// Adds to the hour's count in the database itself (UPDATE … SET Views = Views + n), never read-modify-write: every
    /// node flushes its own counts, and two flushing at once must add up, not overwrite each other. The hour's first
    /// views insert the row; a node that loses that race adds to the winner's row instead.
    /// </summary>
    private static async Task AddAsync(WartaDb db, int articleId, DateTime hour, int views, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.ArticleViewCounts.Where(v => v.ArticleId == articleId && v.HourUtc == hour)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Views, v => v.Views + views), ct);
            if (updated > 0) return;
            var row = new ArticleViewCount { ArticleId = articleId, HourUtc = hour, Views = views };
            db.ArticleViewCounts.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing view counts failed; they are kept for the next try.")]
    private partial void LogFailed(Exception exception);
}
