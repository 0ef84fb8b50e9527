using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Caching;
using Warta.Web.Data;
using Warta.Web.Resources;
using Warta.Web.Settings;

namespace Warta.Web.Live;

/// <summary>
/// A live story's entries as RSS items at <c>{permalink}langsung/feed/</c>, newest first, each linking to its own
/// anchor. The story's <c>feed/</c> stays its comments feed, as in WordPress.
/// </summary>
public static class LiveFeed
{
    private const int Items = 100;

    public static async Task<IResult> RespondAsync(
        string slug, HttpContext http, WartaDb db, LiveReports reports, SiteSettingsCache settings, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var site = settings.Current;
        var now = clock.GetUtcNow().UtcDateTime;
        var article = await db.Articles.VisibleAt(now).Where(a => a.Slug == slug).Select(a => new { a.Id, a.Headline }).SingleOrDefaultAsync(ct);
        if (article is null) return Results.NotFound();
        var report = await reports.GetAsync(article.Id, site.Time.Zone, ct);
        if (report is null) return Results.NotFound();
        var origin = Site.PublicOrigin.Of(http);
        var url = origin + report.StoryPath;
        var feed = new SyndicationFeed(text["LiveEntryFeedTitle", article.Headline], site.Name, new Uri(url)) { Language = site.Language };
        feed.Items = report.Entries.Take(Items).Select(e =>
        {
            var link = $"{url}#entri-{e.Id}";
            var at = new DateTimeOffset(site.Time.ToLocal(e.PublishedAt), site.Time.Zone.GetUtcOffset(e.PublishedAt));
            var html = Feeds.AbsoluteLinks.Rewrite(LiveEntryHtml.Of(e, url, site, text, share: false), origin);
            return new SyndicationItem(e.Headline ?? PlainExcerpt.Of(e.PlainText, 100, "…"), SyndicationContent.CreateHtmlContent(html), new Uri(link), link, at)
            {
                PublishDate = at,
                Summary = new TextSyndicationContent(System.Net.WebUtility.HtmlEncode(PlainExcerpt.Of(e.PlainText, 300, "…"))),
            };
        }).ToList();
        using var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            new Rss20FeedFormatter(feed).WriteTo(writer);
        CacheTags.Add(http, CacheTags.Article(article.Id));
        ContentTime.Set(http, report.LastChange);
        return Results.Bytes(bytes.ToArray(), "application/rss+xml; charset=utf-8");
    }
}
