using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Articles.Body;
using Warta.Web.Caching;
using Warta.Web.Data;
using Warta.Web.Resources;

namespace Warta.Web.Live;

/// <summary>Reads a story's live coverage (<see cref="LiveReport"/>) from memory while nothing in it changed, else from the database.</summary>
public sealed class LiveReports(WartaDb db, BodyRenderer renderer, BacaJugaLinks bacaJuga, SnapshotCache snapshots, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    private sealed record Row(int Id, string? Headline, string Body, DateTime PublishedAt, DateTime ChangedAt, DateTime? EditedAt, DateTime? WithdrawnAt, DateTime? PinnedAt, string AuthorName, string AuthorInitials);

    /// <summary>The coverage of a story readers may open, or null when it has none (never was live) or is not theirs to see.</summary>
    public Task<LiveReport?> GetAsync(int articleId, TimeZoneInfo zone, CancellationToken ct) =>
        snapshots.GetOrBuildAsync(LiveReport.KeyFor(articleId), async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var story = await db.Articles.AsNoTracking().Where(ArticleVisibility.Open).Where(a => a.Id == articleId && a.PublishedAt <= now)
                .Select(a => new { a.LiveSince, a.LiveUntil, a.Slug, a.PublishedAt }).SingleOrDefaultAsync(ct);
            if (story?.LiveSince is null) return null;
            var recent = now - LiveReport.Window;
            var rows = await db.LiveEntries.AsNoTracking()
                .Where(e => e.ArticleId == articleId && (e.WithdrawnAt == null || e.ChangedAt >= recent))
                .OrderByDescending(e => e.PublishedAt).ThenByDescending(e => e.Id)
                .Select(e => new Row(e.Id, e.Headline, e.Body, e.PublishedAt, e.ChangedAt, e.EditedAt, e.WithdrawnAt, e.PinnedAt, e.AuthorName, e.AuthorInitials))
                .ToListAsync(ct);
            var latest = await db.LiveEntries.Where(e => e.ArticleId == articleId).MaxAsync(e => (DateTime?)e.ChangedAt, ct);
            var entries = new List<LiveEntryView>();
            var targets = new List<int>();
            foreach (var r in rows.Where(r => r.WithdrawnAt is null))
            {
                var rendered = renderer.Render(r.Body, BodyFormat.Markdown);
                targets.AddRange(rendered.BacaJugaIds);
                var html = await bacaJuga.ComposeAsync(rendered, text["BacaJuga"], now, zone, ct);
                entries.Add(new LiveEntryView(r.Id, r.Headline, html, PlainExcerpt.Of(html, 500, "…"), r.PublishedAt, r.ChangedAt, r.EditedAt, r.PinnedAt is not null,
                    r.AuthorName, r.AuthorInitials));
            }
            return new LiveReport(articleId, Permalink.For(story.Slug, story.PublishedAt!.Value, zone), story.LiveSince, story.LiveUntil, entries, rows.Where(r => r.WithdrawnAt is not null).Select(r => r.Id).ToList(),
                targets.Distinct().ToList(), now, latest);
        });
}
