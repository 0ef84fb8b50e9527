using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;

namespace Warta.Web.Search;

/// <summary>
/// The articles the index holds: every open one (<see cref="ArticleVisibility.Open"/>: no password), including those
/// whose time has not come yet (searches filter on the publication time, so a scheduled article appears the moment
/// it is due without re-indexing).
/// </summary>
public static class IndexedArticles
{
    private static readonly Func<Article, bool> IsOpen = ArticleVisibility.Open.Compile();

    public static IQueryable<Article> Indexable(this WartaDb db) =>
        db.Articles.Where(ArticleVisibility.Open);

    /// <summary>The indexable ones among these articles (the others are to be dropped from the index).</summary>
    public static async Task<List<IndexedArticle>> ReadForIndexAsync(this WartaDb db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        (await ReadAsync(db, db.Articles.Where(a => ids.Contains(a.Id)), ct)).Indexable;

    /// <summary>
    /// The next <paramref name="size"/> articles after <paramref name="afterId"/> in id order, and the indexable ones
    /// among them; <c>LastId</c> is null when none are left.
    /// </summary>
    public static async Task<(List<IndexedArticle> Indexable, int? LastId)> ReadBatchForIndexAsync(this WartaDb db, int afterId, int size, CancellationToken ct) =>
        await ReadAsync(db, db.Articles.Where(a => a.Id > afterId).OrderBy(a => a.Id).Take(size), ct);

    /// <summary>
    /// Reads by primary key only, then keeps the open ones here, with the same rule compiled: given the visibility
    /// filter, SQLite without statistics walks the status index over the whole archive and sorts it, for every batch
    /// and every single change. Tags and bylines follow by id: one query joining the collections made it read every
    /// tag link of the archive each time (a joined subquery it materialises whole).
    /// </summary>
    private static async Task<(List<IndexedArticle> Indexable, int? LastId)> ReadAsync(WartaDb db, IQueryable<Article> articles, CancellationToken ct)
    {
        var read = await articles.AsNoTracking()
            .Select(a => new Article
            {
                Id = a.Id, Slug = a.Slug, Headline = a.Headline, Dek = a.Dek, Body = a.Body, BodyFormat = a.BodyFormat,
                Language = a.Language, SectionId = a.SectionId, Status = a.Status, PublishedAt = a.PublishedAt, Password = a.Password,
            })
            .ToListAsync(ct);
        if (read.Count == 0) return ([], null);
        var open = read.Where(IsOpen).ToList();
        var ids = open.Select(a => a.Id).ToList();
        var sections = await db.Sections.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Slug, ct);
        var tags = (await db.Set<Dictionary<string, object>>("ArticleTags")
                .Where(link => ids.Contains(EF.Property<int>(link, "ArticlesId")))
                .Join(db.Tags, link => EF.Property<int>(link, "TagsId"), tag => tag.Id,
                    (link, tag) => new { ArticleId = EF.Property<int>(link, "ArticlesId"), tag.Id, tag.Name, tag.Slug })
                .ToListAsync(ct))
            .OrderBy(t => t.Id).ToLookup(t => t.ArticleId);
        var bylines = (await db.Set<Byline>().Where(b => ids.Contains(b.ArticleId))
                .Select(b => new { b.ArticleId, b.Position, b.Author.Name })
                .ToListAsync(ct))
            .OrderBy(b => b.Position).ToLookup(b => b.ArticleId);
        var indexable = open.Select(a => new IndexedArticle(
            a.Id, a.Slug, a.Headline, a.Dek, a.Body, a.BodyFormat, a.Language, sections[a.SectionId], a.PublishedAt!.Value,
            tags[a.Id].Select(t => t.Name).ToList(), tags[a.Id].Select(t => t.Slug).ToList(),
            bylines[a.Id].Select(b => b.Name).ToList())).ToList();
        return (indexable, read.Max(a => a.Id));
    }
}
