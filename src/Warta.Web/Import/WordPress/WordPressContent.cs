using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Turns post content as WordPress stores it into the HTML WordPress would have shown: paragraphs added as wpautop
/// adds them, [caption] as a figure, [gallery] as a list of images, [embed] and bare embeddable addresses as plain
/// links (no third-party players), block-editor comments dropped. The result is sanitized when rendered, like any body.
/// </summary>
public static partial class WordPressContent
{
    private const string Blocks = "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary";

    public static string Convert(string content, IReadOnlyDictionary<int, string>? attachments = null)
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
            var ids = (Attribute(m.Groups["attrs"].Value, "ids") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var images = ids.Select(id => int.TryParse(id, out var n) && attachments?.GetValueOrDefault(n) is { } url ? url : null).OfType<string>().ToList();
            if (images.Count == 0) return "";
            var list = new StringBuilder("\n\n<ul class=\"gallery\">");
            foreach (var url in images) list.Append("<li><img src=\"").Append(WebUtility.HtmlEncode(url)).Append("\" alt=\"\"></li>");
            return list.Append("</ul>\n\n").ToString();
        });
        text = Embeds().Replace(text, m => Link(m.Groups["url"].Value.Trim()));
        text = BareUrlLines().Replace(text, m => Link(m.Groups["url"].Value));
        return AutoParagraphs(text);
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
