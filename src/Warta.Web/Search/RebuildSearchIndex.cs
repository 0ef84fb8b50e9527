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
        var done = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.Indexable().AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(BatchSize).ForIndex().ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var article in batch) builder.Add(documents.Build(article));
            lastId = batch[^1].Id;
            done += batch.Count;
            progress?.Report((done, Math.Max(total, done)));
        }
        builder.Complete(position);
        return done;
    }
}
