using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Resources;
using Warta.Web.Settings;

namespace Warta.Web.Live;

/// <summary>
/// One entry's HTML, the same for the page, for what a waiting reader's page receives, and for the entries' feed:
/// its own anchor (<c>entri-{id}</c>), WIB time, the author's initials, and share links to its own address.
/// </summary>
public static class LiveEntryHtml
{
    public static string Of(LiveEntryView e, string storyUrl, CurrentSite site, IStringLocalizer<SharedResource> text, bool share = true)
    {
        var id = e.Id.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder(e.BodyHtml.Length + 900);
        html.Append("<article class=\"live-entry").Append(e.Pinned ? " pinned" : "").Append("\" id=\"entri-").Append(id)
            .Append("\" data-changed=\"").Append(LiveReport.Stamp(e.ChangedAt).ToString(CultureInfo.InvariantCulture)).Append("\"><header class=\"live-meta\">")
            .Append("<a class=\"live-time\" href=\"#entri-").Append(id).Append("\"><time datetime=\"").Append(site.Time.FormatIso(e.PublishedAt)).Append("\" title=\"")
            .Append(Encode(site.Time.Format(e.PublishedAt, site.Culture))).Append("\">").Append(Clock(e.PublishedAt, site)).Append("</time></a> ")
            .Append("<abbr class=\"live-initials\" title=\"").Append(Encode(text["LiveEntryBy", e.AuthorName])).Append("\">").Append(Encode(e.Initials)).Append("</abbr>");
        if (e.EditedAt is { } edited)
            html.Append(" <span class=\"live-edited\">").Append(Encode(text["LiveEdited", Clock(edited, site)])).Append("</span>");
        html.Append("</header>");
        if (e.Headline is { } headline) html.Append("<h3>").Append(Encode(headline)).Append("</h3>");
        html.Append("<div class=\"live-body\">").Append(e.BodyHtml).Append("</div>");
        if (share) html.Append(ShareLinks.Html(storyUrl + "#entri-" + id, e.Headline ?? PlainExcerpt.Of(e.PlainText, 100, "…"), text));
        return html.Append("</article>\n").ToString();
    }

    /// <summary>The key points above the stream: each links to its entry.</summary>
    public static string KeyPoints(LiveReport stream, CurrentSite site, IStringLocalizer<SharedResource> text)
    {
        var pinned = stream.Pinned.ToList();
        if (pinned.Count == 0) return "";
        var html = new StringBuilder("<h2>").Append(Encode(text["LiveKeyPoints"])).Append("</h2><ul>");
        foreach (var e in pinned)
            html.Append("<li><a href=\"#entri-").Append(e.Id.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(Encode(e.Headline ?? PlainExcerpt.Of(e.PlainText, 160, "…"))).Append("</a> <span class=\"live-time\">")
                .Append(Clock(e.PublishedAt, site)).Append("</span></li>");
        return html.Append("</ul>").ToString();
    }

    /// <summary>
    /// The stream under the story: key points, the "N pembaruan baru" button (for the page's script; hidden without it),
    /// entries newest first. A page without JavaScript is complete and current at each load.
    /// </summary>
    public static string Section(LiveReport stream, string storyUrl, CurrentSite site, IStringLocalizer<SharedResource> text)
    {
        var html = new StringBuilder("<section class=\"live\" id=\"liputan-langsung\" aria-labelledby=\"live-title\"");
        if (stream.IsLive)
            html.Append(" data-live-url=\"/langsung/").Append(stream.ArticleId.ToString(CultureInfo.InvariantCulture)).Append("/\" data-at=\"")
                .Append(LiveReport.Stamp(stream.BuiltAt).ToString(CultureInfo.InvariantCulture)).Append("\" data-new-one=\"").Append(Encode(text["LiveNewEntry_one"]))
                .Append("\" data-new-many=\"").Append(Encode(text["LiveNewEntries", "{0}"])).Append('"');
        html.Append("><h2 id=\"live-title\" class=\"block-title\">").Append(Encode(text["LiveTitle"]));
        if (stream.IsLive) html.Append(" <span class=\"live-badge\">").Append(Encode(text["LiveBadge"])).Append("</span>");
        html.Append("</h2>");
        if (stream.Until is { } until)
            html.Append("<p class=\"live-ended\">").Append(Encode(text["LiveEnded", site.Time.Format(until, site.Culture)])).Append("</p>");
        html.Append("<div class=\"live-pins\" id=\"poin-penting\">").Append(KeyPoints(stream, site, text)).Append("</div>");
        html.Append("<button type=\"button\" class=\"live-new\" hidden aria-live=\"polite\"></button><div class=\"live-entries\">");
        foreach (var e in stream.Entries) html.Append(Of(e, storyUrl, site, text));
        return html.Append("</div></section>\n").ToString();
    }

    /// <summary>"08:15 WIB": the time alone, as live reports show it (the date is in the element's title).</summary>
    public static string Clock(DateTime utc, CurrentSite site) =>
        site.Time.ToLocal(utc).ToString("HH':'mm", CultureInfo.InvariantCulture) + " " + site.Time.ZoneAbbreviation(utc);

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
