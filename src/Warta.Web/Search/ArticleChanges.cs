using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Warta.Web.Articles;

namespace Warta.Web.Search;

/// <summary>
/// Notices every saved change to an article, its bylines or its tags, and queues the article for the index once the
/// save has committed: whatever path the change took (newsroom, import, a command), search follows within a moment.
/// Bulk ExecuteUpdate/ExecuteDelete bypass this and must queue their ids themselves.
/// </summary>
public sealed class ArticleChanges(IndexBacklog queue) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, List<Func<int>>> Pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context) Pending.Remove(context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private static void Collect(DbContext? context)
    {
        if (context is null) return;
        var ids = new List<Func<int>>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            switch (entry.Entity)
            {
                case Article article:
                    ids.Add(() => article.Id); // read after saving: an added article has its id only then
                    break;
                case Byline byline:
                    ids.Add(() => byline.ArticleId);
                    break;
                case Dictionary<string, object> join when join.TryGetValue("ArticlesId", out var articleId) && articleId is int id:
                    ids.Add(() => id);
                    break;
            }
        }
        if (ids.Count > 0) Pending.AddOrUpdate(context, ids);
    }

    private void Flush(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var ids)) return;
        Pending.Remove(context);
        queue.Enqueue(ids.Select(read => read()).Where(id => id > 0).Distinct());
    }
}
