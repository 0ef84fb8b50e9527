using Microsoft.EntityFrameworkCore;

namespace Warta.Web.Articles;

/// <summary>The reader-facing reads: only published articles whose time has come, newest first.</summary>
public static class PublishedArticles
{
    public static IQueryable<Article> VisibleAt(this IQueryable<Article> articles, DateTime utcNow) =>
        articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= utcNow);

    public static async Task<ArticlePage> PageAsync(
        this IQueryable<Article> visible, int pageNumber, int perPage, TimeZoneInfo zone, CancellationToken ct = default)
    {
        var total = await visible.CountAsync(ct);
        var totalPages = Math.Max(1, (total + perPage - 1) / perPage);
        var items = pageNumber > totalPages
            ? []
            : await visible.Newest().Skip((pageNumber - 1) * perPage).Take(perPage).ToSummariesAsync(zone, ct);
        return new ArticlePage(items, pageNumber, totalPages, total);
    }

    public static IOrderedQueryable<Article> Newest(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    public static async Task<List<ArticleSummary>> ToSummariesAsync(
        this IQueryable<Article> articles, TimeZoneInfo zone, CancellationToken ct = default)
    {
        var rows = await articles.Select(a => new
        {
            a.Id, a.Slug, a.Headline, a.Dek, a.PublishedAt, a.Language,
            SectionName = a.Section.Name, SectionSlug = a.Section.Slug, a.FeaturedImageUrl, a.FeaturedImageAlt,
            Comments = a.Comments.Count(c => c.Status == Comments.CommentStatus.Approved && c.ErasedAt == null),
        }).ToListAsync(ct);
        return rows.ConvertAll(r => new ArticleSummary(
            r.Id, Permalink.For(r.Slug, r.PublishedAt!.Value, zone), r.Headline, r.Dek, r.PublishedAt.Value, r.Language,
            r.SectionName, r.SectionSlug, r.FeaturedImageUrl, r.FeaturedImageAlt, r.Comments));
    }
}
