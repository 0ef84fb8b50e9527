using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;

namespace Warta.Web.Articles.Body;

/// <summary>
/// The allow-list for article bodies: editorial markup survives (figures, tables, lists, quotes), scripts, styles,
/// event handlers and frames do not, whether the HTML came from the editor's Markdown or a WordPress import.
/// </summary>
public sealed partial class BodySanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "cite", "q", "ul", "ol", "li", "dl", "dt", "dd",
        "a", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr", "code", "pre",
        "figure", "figcaption", "img", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        // Block-editor wrappers (columns, groups, buttons, embeds): without them their paragraphs and labels went too.
        "div", "section",
        // Players for sound and video kept in the media library; any other source becomes a link (LocalPlayersOnly).
        "audio", "video",
    ];

    private static readonly string[] Attributes =
        ["href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "scope", "start", "reversed", "cite", "lang", "dir", "class", "controls", "preload", "id"];

    /// <summary>The only classes a body keeps: the ones the site's stylesheet gives a meaning to.</summary>
    private static readonly string[] Classes = ["gallery", "footnotes", "footnote-ref", "footnote-back-ref"];

    // Built on first use or by WarmUp, a moment after the start (SanitizerWarmUp): its construction is a fifth to a third
    // of a second of CPU (AngleSharp's CSS tables, mostly generic code the JIT compiles), which on two cores slowed the
    // first page when it was built during the start, even on another thread.
    private readonly Lazy<HtmlSanitizer> sanitizer;

    // Elements the author hid (hidden, display:none, visibility:hidden) would show once their attributes are gone;
    // they are dropped instead: a reader sees only what the page showed, and search indexes only that (SearchDocument).
    [ThreadStatic] private static List<IElement>? hiddenElements;

    public BodySanitizer()
    {
        sanitizer = new Lazy<HtmlSanitizer>(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Builds the allow-list now, off any reader's request.</summary>
    public void WarmUp() => _ = sanitizer.Value;

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedClasses = new HashSet<string>(Classes, StringComparer.Ordinal),
        });
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Attribute.Name.Equals("hidden", StringComparison.OrdinalIgnoreCase)
                || (e.Attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase) && Hiding().IsMatch(e.Attribute.Value)))
                (hiddenElements ??= []).Add(e.Tag);
        };
        sanitizer.PostProcessDom += (_, e) =>
        {
            LocalPlayersOnly(e.Document);
            FootnoteIdsOnly(e.Document);
            Embeds.EmbedBlocks.Apply(e.Document);
            if (hiddenElements is not { Count: > 0 } hidden) return;
            foreach (var element in hidden) element.Remove();
            hidden.Clear();
        };
        return sanitizer;
    }

    /// <summary>
    /// A player loads its file as the page opens: only files this site keeps (<c>/media/…</c>) get one. Any other
    /// source becomes a plain link, so no third party hears of a reader until they click.
    /// </summary>
    private static void LocalPlayersOnly(AngleSharp.Dom.IDocument document)
    {
        foreach (var player in document.QuerySelectorAll("audio, video").ToList())
        {
            var src = player.GetAttribute("src");
            if (src is not null && src.StartsWith("/media/", StringComparison.Ordinal) && !src.StartsWith("/media//", StringComparison.Ordinal))
            {
                player.SetAttribute("controls", "");
                player.SetAttribute("preload", "none");
                continue;
            }
            if (string.IsNullOrWhiteSpace(src)) { player.Remove(); continue; }
            var link = document.CreateElement("a");
            link.SetAttribute("href", src);
            link.TextContent = src;
            player.Replace(link);
        }
    }

    public string Sanitize(string html)
    {
        hiddenElements?.Clear();
        return sanitizer.Value.Sanitize(html);
    }

    /// <summary>Whether <paramref name="html"/> may hide something a sanitized rendering would drop (a cheap test before the costly pass).</summary>
    public static bool MayHide(string html) =>
        html.Contains("hidden", StringComparison.OrdinalIgnoreCase) || html.Contains("display", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex Hiding();

    /// <summary>
    /// Ids survive only as footnotes name them (fn:1, fnref:1): any other id in a body could take the place of one
    /// the page relies on (#top, #komentar) and send its links somewhere else.
    /// </summary>
    private static void FootnoteIdsOnly(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[id]").ToList())
            if (!FootnoteId().IsMatch(element.Id ?? "")) element.RemoveAttribute("id");
    }

    [GeneratedRegex(@"^fn(?:ref)?:\d{1,4}$")]
    private static partial Regex FootnoteId();
}
