using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Warta.Web.Resources;
using Warta.Web.Settings;

namespace Warta.Web.Corrections;

/// <summary>
/// The notes at the top of a corrected story, one HTML for the story page and its feed item alike: the kind and its
/// date, the note, and for a right of reply the link to the reply story.
/// </summary>
public static class CorrectionNotes
{
    public static string Html(IReadOnlyList<CorrectionView> corrections, CurrentSite site, IStringLocalizer<SharedResource> text, string origin = "")
    {
        if (corrections.Count == 0) return "";
        var html = new StringBuilder("<aside class=\"corrections\">");
        foreach (var c in corrections)
        {
            html.Append("<p class=\"correction\" id=\"ralat-").Append(c.Id).Append("\"><strong>")
                .Append(WebUtility.HtmlEncode(text["CorKind_" + c.Kind])).Append("</strong> (<time datetime=\"")
                .Append(site.Time.FormatIso(c.PublishedAt)).Append("\">").Append(WebUtility.HtmlEncode(site.Time.FormatDate(c.PublishedAt, site.Culture)))
                .Append("</time>): ").Append(WebUtility.HtmlEncode(c.Note));
            if (c.ReplyUrl is { } url)
                html.Append(' ').Append(WebUtility.HtmlEncode(text["CorReadReply"])).Append(": <a href=\"").Append(WebUtility.HtmlEncode(origin + url)).Append("\">")
                    .Append(WebUtility.HtmlEncode(c.ReplyHeadline)).Append("</a>");
            html.Append("</p>");
        }
        return html.Append("</aside>\n").ToString();
    }

    /// <summary>The notes as one line of plain text, for a feed item's summary.</summary>
    public static string Plain(IReadOnlyList<CorrectionView> corrections, CurrentSite site, IStringLocalizer<SharedResource> text) =>
        string.Join(" ", corrections.Select(c => $"[{text["CorKind_" + c.Kind]} {site.Time.FormatDate(c.PublishedAt, site.Culture)}] {c.Note}"));
}
