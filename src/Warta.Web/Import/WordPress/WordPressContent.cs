using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Turns post content as WordPress stores it into the HTML WordPress would have shown: paragraphs added as wpautop
/// adds them, [caption] as a figure, [gallery] as a grid of figures (the ids it names, or else the images uploaded to
/// the post, as WordPress does), [embed], [audio], [video] and bare embeddable addresses as plain links (no
/// third-party player, no request until the reader clicks), block-editor comments dropped (the blocks' own HTML
/// stays). The result is sanitized when rendered, like any body.
/// </summary>
public static partial class WordPressContent
{
    private const string Blocks = "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary";

    public static string Convert(string content, IReadOnlyDictionary<int, string>? attachments = null)
    {
        var media = new WordPressMedia();
        foreach (var (id, url) in attachments ?? new Dictionary<int, string>())
            media.Add(id, url);
        return Convert(content, media, postId: 0);
    }

    public static string Convert(string content, WordPressMedia media, int postId)
    {
        if (string.IsNullOrWhiteSpace(content)) return "";
        var text = BlockComments().Replace(content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), "");
        text = Captions().Replace(text, m =>
        {
            var inner = m.Groups["inner"].Value.Trim();
            var image = ImageOrLinkedImage().Match(inner);
            var caption = image.Success ? inner.Remove(image.Index, image.Length).Trim() : "";
            if (caption.Length == 0) caption = Attribute(m.Groups["attrs"].Value, "caption") ?? "";
            return image.Success ? $"\n\n<figure>{image.Value}<figcaption>{caption}</figcaption></figure>\n\n" : inner;
        });
        text = Galleries().Replace(text, m =>
        {
            var named = Attribute(m.Groups["attrs"].Value, "ids") ?? Attribute(m.Groups["attrs"].Value, "include");
            var ids = named is null
                ? media.Of(postId)
                : named.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(id => int.TryParse(id, out var n) ? n : 0).ToList();
            var images = ids.Where(id => media.UrlOf(id) is not null).ToList();
            if (images.Count == 0) return "";
            var list = new StringBuilder("\n\n<ul class=\"gallery\">");
            foreach (var id in images)
            {
                var alt = WebUtility.HtmlEncode(media.AltOf(id));
                list.Append("<li><figure><img src=\"").Append(WebUtility.HtmlEncode(media.UrlOf(id))).Append("\" alt=\"").Append(alt).Append("\">");
                if (alt.Length > 0) list.Append("<figcaption>").Append(alt).Append("</figcaption>");
                list.Append("</figure></li>");
            }
            return list.Append("</ul>\n\n").ToString();
        });
        text = Embeds().Replace(text, m => Link(m.Groups["url"].Value.Trim()));
        // A player; the sanitizer keeps it only for a file in the media library (an imported copy), else it becomes a
        // link: a player for a file on another site would be a request to it on every view.
        text = AudioVideo().Replace(text, MediaPlayer);
        text = BareUrlLines().Replace(text, m => Link(m.Groups["url"].Value));
        return media.Rewrite(AutoParagraphs(text));
    }

    /// <summary>The first words of a post's text (up to about 80 characters), to name a post written without a title.</summary>
    public static string? FirstWords(string content)
    {
        var text = PlainText(content);
        if (text.Length == 0) return null;
        if (text.Length <= 80) return text;
        var cut = text.LastIndexOf(' ', 79);
        return text[..(cut > 20 ? cut : 79)] + "…";
    }

    private static string PlainText(string html)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(Shortcodes().Replace(BlockComments().Replace(html, " "), " "), " "));
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The teaser WordPress shows in lists for a post cut with <c>&lt;!--more--&gt;</c>: the text above the mark, as plain
    /// text (one line, shortened at a word to the dek's length). Null when the post has no mark or nothing above it.
    /// </summary>
    public static string? Teaser(string content)
    {
        var more = MoreMark().Match(content);
        if (!more.Success) return null;
        var text = PlainText(content[..more.Index]);
        if (text.Length == 0) return null;
        if (text.Length <= Articles.Article.DekMaxLength) return text;
        var cut = text.LastIndexOf(' ', Articles.Article.DekMaxLength - 1);
        return text[..(cut > 0 ? cut : Articles.Article.DekMaxLength - 1)] + "…";
    }

    [GeneratedRegex(@"<!--more(?:\s[^>]*)?-->", RegexOptions.IgnoreCase)]
    private static partial Regex MoreMark();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\[/?[a-z_][\w-]*(?:\s[^\]]*)?\]", RegexOptions.IgnoreCase)]
    private static partial Regex Shortcodes();

    private static readonly string[] MediaSources = ["src", "mp4", "m4v", "webm", "ogv", "mp3", "m4a", "ogg", "wav"];

    /// <summary>[audio src=…], [video mp4=…] or [video]address[/video] as a player; a [playlist] as the address it names.</summary>
    private static string MediaPlayer(Match m)
    {
        var attributes = m.Groups["attrs"].Value;
        var url = (MediaSources.Select(name => Attribute(attributes, name)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? m.Groups["inner"].Value).Trim();
        var kind = m.Groups["kind"].Value.ToLowerInvariant();
        if (kind == "playlist" || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return Link(url);
        return $"\n\n<p><{kind} controls preload=\"none\" src=\"{WebUtility.HtmlEncode(url)}\"></{kind}></p>\n\n";
    }

    private static string Link(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"\n\n<p><a href=\"{WebUtility.HtmlEncode(url)}\">{WebUtility.HtmlEncode(url)}</a></p>\n\n"
            : "";

    private static string? Attribute(string attributes, string name)
    {
        var m = Regex.Match(attributes, $"""\b{name}\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>\S+))""");
        return m.Success ? m.Groups["v"].Value : null;
    }

    /// <summary>WordPress's wpautop, in its essentials: blank lines make paragraphs, single newlines make line breaks, block elements stay unwrapped.</summary>
    public static string AutoParagraphs(string text)
    {
        var pre = new List<string>();
        text = PreBlocks().Replace(text, m => { pre.Add(m.Value); return $"\n\n<pre wp-pre-tag-{pre.Count - 1}></pre>\n\n"; });
        text = DoubleBreaks().Replace(text, "\n\n");
        text = BlockOpen().Replace(text, "\n\n$1");
        text = BlockClose().Replace(text, "$1\n\n");
        text = ManyNewlines().Replace(text.Trim('\n', ' ', '\t'), "\n\n");

        var html = new StringBuilder();
        foreach (var paragraph in text.Split("\n\n"))
        {
            var p = paragraph.Trim();
            if (p.Length == 0) continue;
            html.Append("<p>").Append(p).Append("</p>\n");
        }
        var result = html.ToString();
        result = EmptyParagraph().Replace(result, "");
        result = ParagraphAroundBlockStart().Replace(result, "$1");
        result = ParagraphAroundBlockEnd().Replace(result, "$1");
        result = LineBreaks().Replace(result, "<br />\n");
        result = BreakBeforeBlock().Replace(result, "$1");
        for (var i = 0; i < pre.Count; i++) result = result.Replace($"<pre wp-pre-tag-{i}></pre>", pre[i], StringComparison.Ordinal);
        return result.Trim();
    }

    [GeneratedRegex(@"<!--\s*/?wp:[^>]*-->")]
    private static partial Regex BlockComments();

    [GeneratedRegex(@"\[caption(?<attrs>[^\]]*)\](?<inner>.*?)\[/caption\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Captions();

    [GeneratedRegex(@"(<a\s[^>]*>\s*)?<img\s[^>]*>(\s*</a>)?", RegexOptions.IgnoreCase)]
    private static partial Regex ImageOrLinkedImage();

    [GeneratedRegex(@"\[gallery(?<attrs>[^\]]*)\]", RegexOptions.IgnoreCase)]
    private static partial Regex Galleries();

    [GeneratedRegex(@"\[embed[^\]]*\](?<url>.*?)\[/embed\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Embeds();

    [GeneratedRegex(@"\[(?<kind>audio|video|playlist)(?<attrs>[^\]]*)\](?:(?<inner>.*?)\[/\k<kind>\])?", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex AudioVideo();

    // An address alone on its line is what WordPress turns into an oEmbed; here it becomes a plain link.
    [GeneratedRegex(@"^[ \t]*(?<url>https?://[^\s<>""]+)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex BareUrlLines();

    // Whole structures whose insides must not be paragraphed: preformatted text, figures, lists, tables.
    [GeneratedRegex(@"<(pre|figure|ul|ol|dl|table)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PreBlocks();

    [GeneratedRegex(@"<br\s*/?>\s*<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex DoubleBreaks();

    [GeneratedRegex("(<(?:" + Blocks + ")[\\s/>])", RegexOptions.IgnoreCase)]
    private static partial Regex BlockOpen();

    [GeneratedRegex("(</(?:" + Blocks + ")>)", RegexOptions.IgnoreCase)]
    private static partial Regex BlockClose();

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex ManyNewlines();

    [GeneratedRegex(@"<p>\s*</p>\n?")]
    private static partial Regex EmptyParagraph();

    [GeneratedRegex("<p>\\s*(</?(?:" + Blocks + ")[^>]*>)", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphAroundBlockStart();

    [GeneratedRegex("(</?(?:" + Blocks + ")[^>]*>)\\s*</p>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphAroundBlockEnd();

    [GeneratedRegex(@"(?<!<br />)\s*\n(?!\s*</?p)(?=.)")]
    private static partial Regex LineBreaks();

    [GeneratedRegex("(</?(?:" + Blocks + ")[^>]*>)\\s*<br />", RegexOptions.IgnoreCase)]
    private static partial Regex BreakBeforeBlock();
}
