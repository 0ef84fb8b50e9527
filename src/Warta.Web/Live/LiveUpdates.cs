using System.Text.Json;
using Microsoft.Extensions.Localization;
using Warta.Web.Caching;
using Warta.Web.Resources;
using Warta.Web.Settings;

namespace Warta.Web.Live;

/// <summary>
/// What a reader's open live page asks for every second or so, at <c>/langsung/{id}/</c>: the key points, the entries
/// changed lately (and always the newest ones), and those withdrawn lately. One answer for every reader, kept in the
/// output cache under the story's tag, with an ETag: while nothing changed, each ask is a 304 from memory; the change
/// path evicts it on every node the moment an entry is posted, edited, pinned or withdrawn.
/// </summary>
public static class LiveUpdates
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IResult> RespondAsync(int id, HttpContext http, LiveReports reports, SiteSettingsCache settings, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var site = settings.Current;
        var report = await reports.GetAsync(id, site.Time.Zone, ct);
        if (report is null) return Results.NotFound();
        var storyUrl = Site.PublicOrigin.Of(http) + report.StoryPath;
        var recent = report.RecentSince;
        var answer = new
        {
            live = report.IsLive,
            at = LiveReport.Stamp(report.BuiltAt),
            since = LiveReport.Stamp(recent),
            latest = report.Latest is { } latest ? LiveReport.Stamp(latest) : 0,
            pins = LiveEntryHtml.KeyPoints(report, site, text),
            entries = report.Entries.Where((e, i) => i < LiveReport.NewestInPoll || e.ChangedAt >= recent)
                .Select(e => new { id = e.Id, changed = LiveReport.Stamp(e.ChangedAt), html = LiveEntryHtml.Of(e, storyUrl, site, text) }),
            removed = report.Withdrawn,
        };
        CacheTags.Add(http, CacheTags.Article(id));
        CacheTags.NoteArticles(http, report.BacaJugaIds);
        ContentTime.Set(http, report.LastChange);
        return Results.Json(answer, Json);
    }
}
