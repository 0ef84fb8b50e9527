using Microsoft.EntityFrameworkCore;

namespace Warta.Web.Articles;

/// <summary>The reader-facing reads of visible stories (<see cref="ArticleVisibility"/>): pages of them, newest first, as summaries.</summary>
public static class PublishedArticles
{
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

    /// <summary>Stories in any of <paramref name="sectionIds"/> (a section and its sub-sections); one section keeps the plain equality.</summary>
    public static IQueryable<Article> InSections(this IQueryable<Article> articles, IReadOnlyList<int> sectionIds)
    {
        if (sectionIds.Count != 1) return articles.Where(a => sectionIds.Contains(a.SectionId));
        var only = sectionIds[0];
        return articles.Where(a => a.SectionId == only);
    }

    public static IOrderedQueryable<Article> Newest(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    private sealed record SummaryRow(
        int Id, string Slug, string Headline, string? Dek, DateTime? PublishedAt, string Language, string SectionName, string SectionSlug,
        string? FeaturedImageUrl, string? FeaturedImageAlt, int Comments, bool IsLive);

    /// <summary>Named stories (related, most read), compiled once: these lists are on every story page.</summary>
    private static readonly Func<Data.WartaDb, int[], DateTime, IAsyncEnumerable<SummaryRow>> VisibleByIds = EF.CompileAsyncQuery(
        (Data.WartaDb db, int[] ids, DateTime utcNow) => db.Articles.AsNoTracking()
            .Where(ArticleVisibility.Open).Where(a => a.PublishedAt <= utcNow && ids.Contains(a.Id))
            .Select(a => new SummaryRow(
                a.Id, a.Slug, a.Headline, a.Dek, a.PublishedAt, a.Language, a.Section.Name, a.Section.Slug, a.FeaturedImageUrl, a.FeaturedImageAlt,
                a.Comments.Count(c => c.Status == Comments.CommentStatus.Approved && c.Kind == Comments.CommentKind.Comment && c.ErasedAt == null),
                a.LiveSince != null && a.LiveUntil == null)));

    /// <summary>The visible stories among <paramref name="ids"/>, in no particular order.</summary>
    public static async Task<List<ArticleSummary>> VisibleSummariesAsync(
        this Data.WartaDb db, IEnumerable<int> ids, DateTime utcNow, TimeZoneInfo zone, CancellationToken ct = default)
    {
        var list = new List<ArticleSummary>();
        await foreach (var r in VisibleByIds(db, ids.ToArray(), utcNow).WithCancellation(ct))
            list.Add(new ArticleSummary(
                r.Id, Permalink.For(r.Slug, r.PublishedAt!.Value, zone), r.Headline, r.Dek, r.PublishedAt.Value, r.Language,
                r.SectionName, r.SectionSlug, r.FeaturedImageUrl, r.FeaturedImageAlt, r.Comments, r.IsLive));
        return list;
    }

    public static async Task<List<ArticleSummary>> ToSummariesAsync(
        this IQueryable<Article> articles, TimeZoneInfo zone, CancellationToken ct = default)
    {
        var rows = await articles.Select(a => new
        {
            a.Id, a.Slug, a.Headline, a.Dek, a.PublishedAt, a.Language,
            SectionName = a.Section.Name, SectionSlug = a.Section.Slug, a.FeaturedImageUrl, a.FeaturedImageAlt,
            Comments = a.Comments.Count(c => c.Status == Comments.CommentStatus.Approved && c.Kind == Comments.CommentKind.Comment && c.ErasedAt == null),
            IsLive = a.LiveSince != null && a.LiveUntil == null,
        }).ToListAsync(ct);
        return rows.ConvertAll(r => new ArticleSummary(
            r.Id, Permalink.For(r.Slug, r.PublishedAt!.Value, zone), r.Headline, r.Dek, r.PublishedAt.Value, r.Language,
            r.SectionName, r.SectionSlug, r.FeaturedImageUrl, r.FeaturedImageAlt, r.Comments, r.IsLive));
    }
}
