using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Search;

namespace Warta.Web.Articles;

/// <summary>
/// "Berita terkait": content similarity from the search index re-ranked by shared tags and recency; until the index
/// can answer (first minutes of a new site), shared tags first, then the same section, newest first.
/// </summary>
public sealed class RelatedArticles(WartaDb db, SimilarArticles similar)
{
    public async Task<List<ArticleSummary>> FindAsync(
        int articleId, int sectionId, IReadOnlyCollection<int> tagIds, int count, DateTime utcNow, TimeZoneInfo zone, CancellationToken ct = default)
    {
        if (similar.Find(articleId, utcNow, count) is { } ids)
        {
            var found = await db.VisibleSummariesAsync(ids, utcNow, zone, ct);
            var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            return found.OrderBy(a => order[a.Id]).ToList();
        }
        return await db.Articles.VisibleAt(utcNow)
            .Where(a => a.Id != articleId && (a.SectionId == sectionId || a.Tags.Any(t => tagIds.Contains(t.Id))))
            .OrderByDescending(a => a.Tags.Count(t => tagIds.Contains(t.Id)))
            .ThenByDescending(a => a.PublishedAt)
            .Take(count)
            .ToSummariesAsync(zone, ct);
    }
}
