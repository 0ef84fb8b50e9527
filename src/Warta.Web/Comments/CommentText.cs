using System.Net;
using System.Text;
using AngleSharp.Dom;
using Ganss.Xss;
using Microsoft.Extensions.Caching.Memory;

namespace Warta.Web.Comments;

/// <summary>
/// A comment as readers see it: plain text in paragraphs with a small allow-list of markup (a, em, strong, code,
/// blockquote), links only to http(s) and marked nofollow ugc, so neither spam rank nor script gets through.
/// </summary>
public sealed class CommentText
{
    private readonly HtmlSanitizer sanitizer;
    private readonly IMemoryCache cache;

    public CommentText(IMemoryCache cache)
    {
        this.cache = cache;
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["a", "em", "strong", "code", "blockquote", "p", "br"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link) link.SetAttribute("rel", "nofollow ugc noopener");
        };
    }

    /// <summary>
    /// Sanitizing is the costly step (a page with 200 comments would sanitize 200 times per view), so each comment's
    /// HTML is kept, keyed on its text, so an edit is never served stale.
    /// </summary>
    public string ToHtmlCached(int commentId, string text) =>
        cache.GetOrCreate(("comment", commentId, string.GetHashCode(text, StringComparison.Ordinal), text.Length), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return ToHtml(text);
        })!;

    public string ToHtml(string text)
    {
        var html = new StringBuilder();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            html.Append("<p>").Append(paragraph.Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        return sanitizer.Sanitize(html.ToString());
    }

    /// <summary>Initials for the locally drawn avatar (no third-party avatar service, no hash of the email).</summary>
    public static string Initials(string? name)
    {
        var words = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Concat(words.Take(2).Select(w => char.ToUpperInvariant(w[0])));
        return initials.Length == 0 ? "?" : WebUtility.HtmlEncode(initials);
    }

    /// <summary>A hue from the name, so the same commenter keeps the same colour.</summary>
    public static int Hue(string? name)
    {
        // FNV-1a, not string.GetHashCode: that one changes with every process start, and so would each page's bytes
        // (and ETag) after a restart or between two servers behind one CDN.
        var hash = 2166136261u;
        foreach (var c in name ?? "") hash = (hash ^ c) * 16777619u;
        return (int)(hash % 360);
    }
}
