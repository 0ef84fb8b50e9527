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

    public static async Task<IResult> RespondAsync(int id, HttpContext http, LiveReports streams, SiteSettingsCache settings, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var site = settings.Current;
        var stream = await streams.GetAsync(id, site.Time.Zone, ct);
        if (stream is null) return Results.NotFound();
        var storyUrl = Site.PublicOrigin.Of(http) + stream.StoryPath;
        var recent = stream.RecentSince;
        var answer = new
        {
            live = stream.IsLive,
            at = LiveReport.Stamp(stream.BuiltAt),
            since = LiveReport.Stamp(recent),
            latest = stream.Latest is { } latest ? LiveReport.Stamp(latest) : 0,
            pins = LiveEntryHtml.KeyPoints(stream, site, text),
            entries = stream.Entries.Where((e, i) => i < LiveReport.NewestInPoll || e.ChangedAt >= recent)
                .Select(e => new { id = e.Id, changed = LiveReport.Stamp(e.ChangedAt), html = LiveEntryHtml.Of(e, storyUrl, site, text) }),
            removed = stream.Withdrawn,
        };
        CacheTags.Add(http, CacheTags.Article(id));
        CacheTags.NoteArticles(http, stream.BacaJugaIds);
        ContentTime.Set(http, stream.LastChange);
        return Results.Json(answer, Json);
    }
}
