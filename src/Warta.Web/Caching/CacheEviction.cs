using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Comments;
using Warta.Web.Menus;
using Warta.Web.Sections;
using Warta.Web.Site;
using Warta.Web.StaticPages;
using Warta.Web.Tags;

namespace Warta.Web.Caching;

/// <summary>
/// Watches every save and, once it has committed, evicts the cached pages that show what changed: a story's own page
/// and every list showing it for an edit; its section, tag, author and all-stories lists too when it is published,
/// unpublished, moved or re-dated; the story's pages when a comment on it is approved or withdrawn; everything when
/// navigation (sections, menus, pages, settings) changes. Bulk ExecuteUpdate/ExecuteDelete bypass this and must call
/// <see cref="CachePurge"/> themselves.
/// </summary>
public sealed class CacheEviction(CachePurge purge, IServiceScopeFactory scopes) : SaveChangesInterceptor
{
    /// <summary>Past this many stories whose lists changed in one save, everything is evicted instead of looked up.</summary>
    private const int LookupLimit = 20;

    private static readonly string[] MembershipFields =
        [nameof(Article.Status), nameof(Article.PublishedAt), nameof(Article.SectionId), nameof(Article.IsPinned)];

    private sealed class Change
    {
        public HashSet<string> Tags { get; } = new(StringComparer.Ordinal);
        public List<Func<int>> Regrouped { get; } = [];
        public bool ArticlesChanged { get; set; }
    }

    private static readonly ConditionalWeakTable<DbContext, Change> Pending = [];

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
        FlushAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await FlushAsync(eventData.Context, cancellationToken);
        return result;
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
        var change = new Change();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            switch (entry.Entity)
            {
                case Article article:
                    CollectArticle(entry, article, change);
                    break;
                case Comment comment when WasOrIsApproved(entry, comment):
                    change.Tags.Add(CacheTags.Article(comment.ArticleId));
                    break;
                case Byline byline:
                    change.Tags.Add(CacheTags.Author(byline.AuthorId));
                    change.Tags.Add(CacheTags.Article(byline.ArticleId));
                    if (entry.State == EntityState.Modified) change.Tags.Add(CacheTags.Author((int)entry.OriginalValues[nameof(Byline.AuthorId)]!));
                    break;
                case Dictionary<string, object> join when join.TryGetValue("TagsId", out var tagId) && tagId is int tag
                                                          && join.TryGetValue("ArticlesId", out var articleId) && articleId is int joined:
                    change.Tags.Add(CacheTags.Tag(tag));
                    change.Tags.Add(CacheTags.Article(joined));
                    break;
                // A new tag or author shows nowhere until a story carries it; a renamed or removed one shows on many pages.
                case Tag or Author when entry.State == EntityState.Added:
                    break;
                case Section or Tag or Author or MenuItem or StaticPage or SiteSettings:
                    change.Tags.Add(CacheTags.Site);
                    break;
            }
        }
        if (change.Tags.Count > 0 || change.Regrouped.Count > 0) Pending.AddOrUpdate(context, change);
    }

    private static void CollectArticle(EntityEntry entry, Article article, Change change)
    {
        var wasPublic = entry.State != EntityState.Added && (ArticleStatus)entry.OriginalValues[nameof(Article.Status)]! == ArticleStatus.Published;
        var isPublic = entry.State != EntityState.Deleted && article.Status == ArticleStatus.Published;
        if (!wasPublic && !isPublic) return; // drafts and the like show nowhere public
        change.ArticlesChanged = true;
        change.Tags.Add(CacheTags.Syndication);
        var regrouped = entry.State != EntityState.Modified || MembershipFields.Any(f => entry.Property(f).IsModified);
        if (entry.State != EntityState.Added) change.Tags.Add(CacheTags.Article(article.Id));
        if (!regrouped) return;

        change.Tags.Add(CacheTags.AllArticles);
        change.Tags.Add(CacheTags.Section(article.SectionId));
        if (entry.State != EntityState.Added) change.Tags.Add(CacheTags.Section((int)entry.OriginalValues[nameof(Article.SectionId)]!));
        // A new story's tags and credits are saved with it, and their own entries name their lists. An existing one
        // that joins or leaves lists names them through its tracked tags and credits, or, when those were not
        // loaded, through a lookup after the save.
        if (entry.State == EntityState.Added) return;
        if (!entry.Collection(nameof(Article.Tags)).IsLoaded || !entry.Collection(nameof(Article.Bylines)).IsLoaded)
        {
            change.Regrouped.Add(() => article.Id);
            return;
        }
        foreach (var tag in article.Tags) change.Tags.Add(CacheTags.Tag(tag.Id));
        foreach (var byline in article.Bylines) change.Tags.Add(CacheTags.Author(byline.AuthorId));
    }

    private static bool WasOrIsApproved(EntityEntry entry, Comment comment) =>
        (entry.State != EntityState.Deleted && comment.Status == CommentStatus.Approved)
        || (entry.State != EntityState.Added && (CommentStatus)entry.OriginalValues[nameof(Comment.Status)]! == CommentStatus.Approved);

    private async ValueTask FlushAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null || !Pending.TryGetValue(context, out var change)) return;
        Pending.Remove(context);
        var tags = change.Tags;
        if (change.Regrouped.Count > LookupLimit) tags.Add(CacheTags.Site);
        else if (change.Regrouped.Count > 0)
        {
            // A story that joined or left lists also joined or left those of its tags and authors. Read with a context
            // of its own: this one is still inside its save.
            var ids = change.Regrouped.Select(read => read()).Distinct().ToList();
            foreach (var id in ids) tags.Add(CacheTags.Article(id));
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Data.WartaDb>();
            var lists = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new { a.SectionId, Tags = a.Tags.Select(t => t.Id).ToList(), Authors = a.Bylines.Select(b => b.AuthorId).ToList() })
                .ToListAsync(ct);
            foreach (var list in lists)
            {
                tags.Add(CacheTags.Section(list.SectionId));
                foreach (var tag in list.Tags) tags.Add(CacheTags.Tag(tag));
                foreach (var author in list.Authors) tags.Add(CacheTags.Author(author));
            }
        }
        await purge.EvictAsync(tags, change.ArticlesChanged, ct);
    }
}
