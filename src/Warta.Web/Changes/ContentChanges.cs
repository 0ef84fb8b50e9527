using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Caching;
using Warta.Web.Comments;
using Warta.Web.Navigation;
using Warta.Web.Settings;
using Warta.Web.Site;
using Warta.Web.StaticPages;
using Warta.Web.Tags;

namespace Warta.Web.Changes;

/// <summary>
/// The one path every change to what readers see takes, whoever saves it (newsroom, import, scheduler, a command):
/// each save is read for the cache tags it makes stale (a story's page and the lists showing it; its section, tag,
/// author and all-stories lists when it is published, unpublished, moved or re-dated; the story's pages when a comment
/// on it is approved or withdrawn; everything when navigation — sections, menus, pages, settings — changes) and the
/// stories whose search entries change. That goes into the change journal in the save's own transaction; once the
/// transaction commits, this process's caches (pages, snapshots, sections, menus, settings, "Terpopuler") follow at
/// once, and the change feed carries it to search here and to every other process. Bulk ExecuteUpdate/ExecuteDelete
/// pass no save: they go through <see cref="PublishAsync"/>.
/// </summary>
public sealed class ContentChanges(ChangeJournal journal, CachePurge purge, ChangeFeed feed, Cluster.ChangeSignal signal, IServiceScopeFactory scopes)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Past this many stories whose lists changed in one save, everything is evicted instead of looked up.</summary>
    private const int LookupLimit = 20;

    private static readonly string[] MembershipFields =
        [nameof(Article.Status), nameof(Article.PublishedAt), nameof(Article.SectionId), nameof(Article.IsPinned), nameof(Article.Password),
         nameof(Article.LiveSince), nameof(Article.LiveUntil)]; // the last two: lists show "LANGSUNG" while a story is live

    private sealed class Collected
    {
        public HashSet<string> Tags { get; } = new(StringComparer.Ordinal);
        public List<Func<int>> Regrouped { get; } = [];
        public List<Func<int>> Articles { get; } = [];
        public IDbContextTransaction? OwnTransaction { get; set; }
    }

    /// <summary>Saves under way, and changes written but waiting for their transaction to commit, per context.</summary>
    private static readonly ConditionalWeakTable<DbContext, Collected> Saving = [];
    private static readonly ConditionalWeakTable<DbTransaction, List<ChangeSet>> Committing = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("Save with SaveChangesAsync: a synchronous save would leave caches and search behind.");

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context) return result;
        // Whatever an earlier save on this (pooled) context left behind is not this save's: a save must never pick up
        // another's transaction, long disposed with the scope that began it.
        Abandon(context);
        var collected = Collect(context);
        if (collected is null) return result;
        // The journal row must commit with the change or not at all: a save outside a transaction gets one of its own.
        if (context.Database.CurrentTransaction is null) collected.OwnTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        Saving.AddOrUpdate(context, collected);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context || !Saving.TryGetValue(context, out var collected)) return result;
        Saving.Remove(context);
        var change = await ResolveAsync(collected, cancellationToken);
        if (!change.IsEmpty)
        {
            var transaction = context.Database.CurrentTransaction!.GetDbTransaction();
            await journal.WriteAsync(context.Database.GetDbConnection(), transaction, change, cancellationToken);
            Committing.GetOrCreateValue(transaction).Add(change);
        }
        if (collected.OwnTransaction is { } own)
        {
            await own.CommitAsync(cancellationToken);
            await own.DisposeAsync();
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) => result;

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    // A save cancelled midway (a reader who left, a request aborted) is abandoned as a failed one is.
    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Abandon(DbContext? context)
    {
        if (context is null || !Saving.TryGetValue(context, out var collected)) return;
        Saving.Remove(context);
        // Disposing an uncommitted transaction rolls it back.
        collected.OwnTransaction?.Dispose();
    }

    async Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        if (!Committing.TryGetValue(transaction, out var changes)) return;
        Committing.Remove(transaction);
        // One eviction for the whole transaction (an import commits tens of thousands of saves at once); when anything
        // in it touched navigation, the site tag alone already evicts every page.
        var tags = changes.SelectMany(c => c.Tags).ToHashSet(StringComparer.Ordinal);
        if (tags.Contains(CacheTags.Site)) tags = [CacheTags.Site, CacheTags.Syndication];
        await purge.EvictAsync(ChangeSet.Of(tags), cancellationToken);
        feed.Nudge();
        signal.Announce();
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        throw new InvalidOperationException("Commit with CommitAsync: a synchronous commit would leave caches and search behind.");

    // A transaction rolled back, or disposed without a commit, takes its changes with it: they are keyed on it.

    /// <summary>
    /// For a change no save describes (a bulk ExecuteUpdate or ExecuteDelete, the purge hook): journalled and applied
    /// here at once, in a transaction of its own.
    /// </summary>
    public async Task PublishAsync(Data.WartaDb db, ChangeSet change, CancellationToken ct = default)
    {
        if (change.IsEmpty) return;
        if (db.Database.CurrentTransaction is { } outer)
        {
            await journal.WriteAsync(db.Database.GetDbConnection(), outer.GetDbTransaction(), change, ct);
            Committing.GetOrCreateValue(outer.GetDbTransaction()).Add(change);
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await journal.WriteAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), change, ct);
        Committing.GetOrCreateValue(transaction.GetDbTransaction()).Add(change);
        await transaction.CommitAsync(ct);
    }

    private static Collected? Collect(DbContext context)
    {
        var change = new Collected();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            switch (entry.Entity)
            {
                case Article article:
                    change.Articles.Add(() => article.Id); // read after saving: an added article has its id only then
                    CollectArticle(entry, article, change);
                    break;
                case Comment comment when WasOrIsApproved(entry, comment):
                    change.Tags.Add(CacheTags.Article(comment.ArticleId));
                    break;
                // The story's page, its entries' feed and what waiting readers ask for all carry the story's tag.
                case Live.LiveEntry live:
                    change.Tags.Add(CacheTags.Article(live.ArticleId));
                    break;
                case Byline byline:
                    change.Articles.Add(() => byline.ArticleId);
                    change.Tags.Add(CacheTags.Author(byline.AuthorId));
                    change.Tags.Add(CacheTags.Article(byline.ArticleId));
                    if (entry.State == EntityState.Modified) change.Tags.Add(CacheTags.Author((int)entry.OriginalValues[nameof(Byline.AuthorId)]!));
                    break;
                case Dictionary<string, object> when entry.Metadata.FindProperty("TagsId") is not null:
                    CollectTagLink(entry, change);
                    break;
                // A new tag or author shows nowhere until a story carries it; a renamed or removed one shows on many pages.
                case Tag or Author when entry.State == EntityState.Added:
                    break;
                case Section or Tag or Author or MenuItem or StaticPage or SiteSettings:
                    change.Tags.Add(CacheTags.Site);
                    break;
            }
        }
        return change.Tags.Count > 0 || change.Regrouped.Count > 0 || change.Articles.Count > 0 ? change : null;
    }

    private static void CollectArticle(EntityEntry entry, Article article, Collected change)
    {
        var wasPublic = entry.State != EntityState.Added && (ArticleStatus)entry.OriginalValues[nameof(Article.Status)]! == ArticleStatus.Published;
        var isPublic = entry.State != EntityState.Deleted && article.Status == ArticleStatus.Published;
        if (!wasPublic && !isPublic) return; // drafts and the like show nowhere public
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

    /// <summary>
    /// A story joining or leaving a tag. The link's keys are read from the change tracker, not from the link itself: a
    /// new story's link holds its (temporary) key only there, and read from the link it was missed, so a story
    /// published into an existing tag never reached that tag's cached page.
    /// </summary>
    private static void CollectTagLink(EntityEntry link, Collected change)
    {
        var tag = link.Property("TagsId");
        // A new tag shows nowhere yet.
        if (!tag.IsTemporary) change.Tags.Add(CacheTags.Tag((int)tag.CurrentValue!));
        var article = link.Property("ArticlesId");
        if (article.IsTemporary)
        {
            change.Articles.Add(() => (int)link.Property("ArticlesId").CurrentValue!); // its real key, once saved
            return;
        }
        var joined = (int)article.CurrentValue!;
        change.Articles.Add(() => joined);
        change.Tags.Add(CacheTags.Article(joined));
    }

    private static bool WasOrIsApproved(EntityEntry entry, Comment comment) =>
        (entry.State != EntityState.Deleted && comment.Status == CommentStatus.Approved)
        || (entry.State != EntityState.Added && (CommentStatus)entry.OriginalValues[nameof(Comment.Status)]! == CommentStatus.Approved);

    private async Task<ChangeSet> ResolveAsync(Collected collected, CancellationToken ct)
    {
        var tags = collected.Tags;
        if (collected.Regrouped.Count > LookupLimit) tags.Add(CacheTags.Site);
        else if (collected.Regrouped.Count > 0)
        {
            // A story that joined or left lists also joined or left those of its tags and authors. Read with a context
            // of its own: this one is still inside its save (what it reads is unchanged by this save, or it was loaded).
            var ids = collected.Regrouped.Select(read => read()).Distinct().ToList();
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
        return ChangeSet.Of(tags, collected.Articles.Select(read => read()));
    }
}
