using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;

namespace Warta.Web.Search;

/// <summary>
/// Keeps the index in step with the database: builds it on a first start, then applies each change the change feed
/// queues and makes it searchable at once (changes arriving together are applied together), storing with it how far
/// into the change journal the index now is.
/// </summary>
public sealed partial class SearchIndexer(
    IServiceScopeFactory scopes, ArticleIndex index, IndexBacklog queue, SearchDocument documents, Hosting.Preparation preparation,
    ILogger<SearchIndexer> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // off the start-up path: the site answers while the index is checked
        if (!await preparation.SucceededAsync(stoppingToken)) return;
        index.GenerationChanged += started => queue.Enqueue(index.ChangedSince(started));
        if (!index.IsReady)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var count = await scope.ServiceProvider.GetRequiredService<RebuildSearchIndex>().RunAsync(null, stoppingToken);
                LogBuilt(count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }

        var batch = new HashSet<int>();
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            var taken = 0;
            long position = 0;
            while (taken < 500 && queue.Reader.TryRead(out var work))
            {
                if (work.ArticleId > 0) batch.Add(work.ArticleId);
                position = Math.Max(position, work.Position);
                taken++;
            }
            try
            {
                await ApplyAsync(batch, position > 0 ? position : null, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
            finally
            {
                queue.Done(taken);
            }
        }
    }

    private async Task ApplyAsync(HashSet<int> ids, long? position, CancellationToken ct)
    {
        if (ids.Count > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
            var articles = await db.ReadForIndexAsync(ids, ct);
            foreach (var article in articles) index.Upsert(article.Id, documents.Build(article));
            foreach (var gone in ids.Except(articles.Select(a => a.Id))) index.Delete(gone);
        }
        index.Publish(position);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built with {Count} articles.")]
    private partial void LogBuilt(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search indexing failed; the next change retries.")]
    private partial void LogFailed(Exception exception);
}
