using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;

namespace Warta.Web.Search.Report;

/// <summary>
/// Writes the counted searches every half minute (and at shutdown), adding to each day's row in the database itself
/// so that every node's counts add up, and forgets days older than the report shows.
/// </summary>
public sealed partial class SearchQueryFlusher(SearchQueryLog log, IServiceScopeFactory scopes, TimeProvider clock, Hosting.Preparation preparation,
    ILogger<SearchQueryFlusher> logger) : Hosting.PeriodicFlush(TimeSpan.FromSeconds(30), clock, preparation)
{
    public const int KeepDays = 30;

    public override async Task FlushAsync(CancellationToken ct)
    {
        var counts = log.TakeAll();
        if (counts.Count == 0) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
            foreach (var ((day, query), tally) in counts) await AddAsync(db, day, query, tally, ct);
            var oldest = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(-KeepDays);
            await db.SearchQueryStats.Where(s => s.Day < oldest).ExecuteDeleteAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.Return(counts);
            LogFailed(e);
        }
    }

    /// <summary>UPDATE … SET Searches = Searches + n first; the day's first search of a query inserts (another node may win that race).</summary>
    private static async Task AddAsync(WartaDb db, DateOnly day, string query, SearchQueryLog.Tally tally, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.SearchQueryStats.Where(s => s.Day == day && s.Query == query)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Searches, x => x.Searches + tally.Searches).SetProperty(x => x.Empty, x => x.Empty + tally.Empty), ct);
            if (updated > 0) return;
            var row = new SearchQueryStat { Day = day, Query = query, Searches = tally.Searches, Empty = tally.Empty };
            db.SearchQueryStats.Add(row);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing search counts failed; they are kept for the next try.")]
    private partial void LogFailed(Exception exception);
}
