using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;

namespace Warta.Web.Search;

/// <summary>
/// Builds a complete new index generation from the database while the live one keeps answering, then makes it
/// live. Used at first start, by <c>search rebuild</c>, and whenever the index has to be trusted again.
/// </summary>
public sealed class RebuildSearchIndex(WartaDb db, ArticleIndex index, SearchDocument documents)
{
    private const int BatchSize = 500;

    public async Task<int> RunAsync(IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        // Read before the articles: every change after it is read again by the change feed, none before it is missed.
        var position = await Changes.ChangeJournal.LatestAsync(db, ct);
        var total = await db.Indexable().CountAsync(ct);
        progress?.Report((0, total));
        using var builder = index.BeginRebuild();
        // The database is read one batch ahead while every core turns the batch before into documents (the index
        // writer takes documents from several threads at once): reading, analysing and writing overlap.
        var batches = Channel.CreateBounded<List<IndexedArticle>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(async () =>
        {
            try
            {
                var lastId = 0;
                while (await db.ReadBatchForIndexAsync(lastId, BatchSize, ct) is (var batch, { } last))
                {
                    await batches.Writer.WriteAsync(batch, ct);
                    lastId = last;
                }
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, ct);
        var done = 0;
        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await foreach (var batch in batches.Reader.ReadAllAsync(ct))
        {
            Parallel.ForEach(batch, parallel, () => new SearchDocument.KeyFields(),
                (article, _, keys) =>
                {
                    builder.Add(documents.Build(article, keys));
                    return keys;
                },
                _ => { });
            done += batch.Count;
            progress?.Report((done, Math.Max(total, done)));
        }
        await reading;
        builder.Complete(position);
        return done;
    }
}
