using Microsoft.Extensions.Options;
using Warta.Web.Caching;
using Warta.Web.Data;
using Warta.Web.Search;

namespace Warta.Web.Changes;

/// <summary>
/// Follows the change journal in a site process: changes made by other processes (a command, another node) evict this
/// process's caches; every change, its own included, reaches the search index here, in journal order, with the
/// journal position the index has taken in stored beside it. So a change made while the site was down, or by a command
/// beside it, is in search once the feed has read it; the site's own saves nudge it to read at once.
/// </summary>
public sealed partial class ChangeFeed(
    IServiceScopeFactory scopes, ChangeJournal journal, IndexBacklog backlog, ArticleIndex index, IOptions<ChangeOptions> options,
    Hosting.Preparation preparation, IServiceProvider services, TimeProvider clock, ILogger<ChangeFeed> log) : BackgroundService
{
    private const int BatchSize = 500;
    private readonly SemaphoreSlim nudged = new(0, 1);
    private long position = -1;
    private DateTime nextPrune;

    /// <summary>The last journal row read; -1 until the feed has started.</summary>
    public long Position => Interlocked.Read(ref position);

    /// <summary>Asks the feed to read now rather than at its next look (a change was just committed here).</summary>
    public void Nudge()
    {
        try { nudged.Release(); }
        catch (SemaphoreFullException) { /* a read is already due */ }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!await preparation.SucceededAsync(stoppingToken)) return;
        // CachePurge is resolved here rather than injected: it sits on the save path that also holds this feed.
        var purge = services.GetRequiredService<CachePurge>();
        Interlocked.Exchange(ref position, await StartingPositionAsync(stoppingToken));
        var interval = TimeSpan.FromMilliseconds(Math.Max(10, options.Value.PollMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ReadAsync(purge, stoppingToken) == BatchSize) { }
                await PruneAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ReadFailed(e);
            }
            await nudged.WaitAsync(interval, stoppingToken);
        }
    }

    /// <summary>
    /// Where the index left off, when it knows and the journal still has every row since; else the journal's end, with
    /// the index rebuilt when it missed rows that are gone (a node away longer than the journal is kept).
    /// </summary>
    private async Task<long> StartingPositionAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
        var latest = await ChangeJournal.LatestAsync(db, ct);
        if (!index.IsReady) return latest; // the first build reads everything there is
        if (index.JournalPosition is not { } indexed) return latest;
        if (indexed >= latest) return latest;
        var earliest = await ChangeJournal.EarliestAsync(db, ct);
        if (indexed + 1 >= earliest) return indexed;
        Missed(indexed, earliest);
        await scope.ServiceProvider.GetRequiredService<RebuildSearchIndex>().RunAsync(null, ct);
        return latest;
    }

    private async Task<int> ReadAsync(CachePurge purge, CancellationToken ct)
    {
        List<ContentChange> rows;
        await using (var scope = scopes.CreateAsyncScope())
            rows = await ChangeJournal.ReadAfterAsync(scope.ServiceProvider.GetRequiredService<WartaDb>(), Position, BatchSize, ct);
        if (rows.Count == 0) return 0;
        var ids = new HashSet<int>();
        var foreignTags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var change = ChangeJournal.Parse(row);
            if (row.Origin != journal.Origin)
            {
                foreignTags.UnionWith(change.Tags);
                services.GetRequiredService<Cluster.WartaMetrics>().ChangeApplied(clock.GetUtcNow().UtcDateTime - row.At);
            }
            ids.UnionWith(change.ArticleIds);
        }
        // Another process's changes, evicted here once per batch read (an import elsewhere writes thousands of rows).
        if (foreignTags.Count > 0) await purge.EvictAsync(ChangeSet.Of(foreignTags), ct);
        // Queued before the position moves: whoever sees the position has read also sees the work it brought.
        backlog.Enqueue(ids, rows[^1].Id);
        Interlocked.Exchange(ref position, rows[^1].Id);
        return rows.Count;
    }

    private async Task PruneAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < nextPrune) return;
        nextPrune = now.AddHours(1);
        await using var scope = scopes.CreateAsyncScope();
        await journal.PruneAsync(scope.ServiceProvider.GetRequiredService<WartaDb>(), TimeSpan.FromDays(Math.Max(1, options.Value.KeepDays)), ct);
    }

    public override void Dispose()
    {
        nudged.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the change journal failed; the next look retries.")]
    private partial void ReadFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index stopped at journal row {Indexed}, but the journal now starts at {Earliest}: rebuilding it.")]
    private partial void Missed(long indexed, long earliest);
}
