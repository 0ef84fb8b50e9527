using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;

namespace Warta.Web.Corrections;

/// <summary>A correction as readers see it: with the reply story's headline and address when it has one that is published.</summary>
public sealed record CorrectionView(int Id, int ArticleId, CorrectionKind Kind, string Note, DateTime PublishedAt, int? ReplyId, string? ReplyHeadline, string? ReplyUrl)
{
    /// <summary>The corrections of the given stories, oldest first per story.</summary>
    public static async Task<Dictionary<int, List<CorrectionView>>> ForAsync(WartaDb db, IReadOnlyCollection<int> articleIds, DateTime utcNow, TimeZoneInfo zone, CancellationToken ct)
    {
        if (articleIds.Count == 0) return [];
        var ids = articleIds.ToArray();
        var rows = await Project(db.Corrections.Where(c => ids.Contains(c.ArticleId)).OrderBy(c => c.PublishedAt).ThenBy(c => c.Id), db, utcNow).ToListAsync(ct);
        return rows.GroupBy(r => r.ArticleId).ToDictionary(g => g.Key, g => g.Select(r => r.View(zone)).ToList());
    }

    internal sealed record Row(int Id, int ArticleId, CorrectionKind Kind, string Note, DateTime PublishedAt, int? ReplyId, string? ReplyHeadline, string? ReplySlug, DateTime? ReplyPublishedAt)
    {
        public CorrectionView View(TimeZoneInfo zone) => new(Id, ArticleId, Kind, Note, PublishedAt, ReplyId, ReplyHeadline,
            ReplySlug is { } slug && ReplyPublishedAt is { } at ? Permalink.For(slug, at, zone) : null);
    }

    /// <summary>
    /// Corrections (filtered and ordered by the caller: nothing can be filtered after this projection) with their reply
    /// story, if that is one readers can open.
    /// </summary>
    internal static IQueryable<Row> Project(IQueryable<Correction> corrections, WartaDb db, DateTime utcNow)
    {
        var visible = db.Articles.ReachableAt(utcNow);
        return corrections.AsNoTracking().Select(c => new Row(c.Id, c.ArticleId, c.Kind, c.Note, c.PublishedAt, c.ReplyArticleId,
            visible.Where(a => a.Id == c.ReplyArticleId).Select(a => a.Headline).FirstOrDefault(),
            visible.Where(a => a.Id == c.ReplyArticleId).Select(a => a.Slug).FirstOrDefault(),
            visible.Where(a => a.Id == c.ReplyArticleId).Select(a => a.PublishedAt).FirstOrDefault()));
    }
}
