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
    public static IQueryable<Article> Indexable(this WartaDb db) =>
        db.Articles.Where(ArticleVisibility.Open);

    /// <summary>Projects articles (filter and order them first) into what the index stores.</summary>
    public static IQueryable<IndexedArticle> ForIndex(this IQueryable<Article> articles) =>
        articles.Select(a => new IndexedArticle(
            a.Id, a.Slug, a.Headline, a.Dek, a.Body, a.BodyFormat, a.Language, a.Section.Slug, a.PublishedAt!.Value,
            a.Tags.Select(t => t.Name).ToList(), a.Tags.Select(t => t.Slug).ToList(),
            a.Bylines.OrderBy(b => b.Position).Select(b => b.Author.Name).ToList()));
}
