using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Warta.Web.Resources;

namespace Warta.Web.Articles;

/// <summary>
/// Share links under a story or a live entry: WhatsApp, Telegram, Facebook, X and copy-link. Plain links to each
/// service's share address: no third-party script, frame or request until the reader clicks one. "Salin tautan" is a
/// link to the address itself (the page's script copies it instead when it can).
/// </summary>
public static class ShareLinks
{
    public static string Html(string absoluteUrl, string title, IStringLocalizer<SharedResource> text)
    {
        var url = Uri.EscapeDataString(absoluteUrl);
        var words = Uri.EscapeDataString(title);
        var html = new StringBuilder("<ul class=\"share\" aria-label=\"").Append(Encode(text["ShareTitle"])).Append("\">");
        Item(html, "whatsapp", "WhatsApp", $"https://wa.me/?text={words}%20{url}");
        Item(html, "telegram", "Telegram", $"https://t.me/share/url?url={url}&text={words}");
        Item(html, "facebook", "Facebook", $"https://www.facebook.com/sharer/sharer.php?u={url}");
        Item(html, "x", "X", $"https://x.com/intent/post?url={url}&text={words}");
        html.Append("<li><a class=\"share-copy\" href=\"").Append(Encode(absoluteUrl)).Append("\" data-copied=\"").Append(Encode(text["ShareCopied"]))
            .Append("\">").Append(Encode(text["ShareCopy"])).Append("</a></li>");
        return html.Append("</ul>").ToString();
    }

    private static void Item(StringBuilder html, string name, string label, string href) =>
        html.Append("<li><a class=\"share-").Append(name).Append("\" href=\"").Append(Encode(href))
            .Append("\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">").Append(label).Append("</a></li>");

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
