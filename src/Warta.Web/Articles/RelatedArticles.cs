using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;

namespace Warta.Web.Articles;

/// <summary>
/// "Berita terkait" by the simple rule of shared tags first, then the same section, newest first.
/// Search-based similarity replaces this when the search index arrives.
/// </summary>
public sealed class RelatedArticles(WartaDb db)
{
    public async Task<List<ArticleSummary>> FindAsync(
        int articleId, int sectionId, IReadOnlyCollection<int> tagIds, int count, DateTime utcNow, TimeZoneInfo zone, CancellationToken ct = default) =>
        await db.Articles.VisibleAt(utcNow)
            .Where(a => a.Id != articleId && (a.SectionId == sectionId || a.Tags.Any(t => tagIds.Contains(t.Id))))
            .OrderByDescending(a => a.Tags.Count(t => tagIds.Contains(t.Id)))
            .ThenByDescending(a => a.PublishedAt)
            .Take(count)
            .ToSummariesAsync(zone, ct);
}
