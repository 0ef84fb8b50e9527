using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Warta.Web.Checks;

/// <summary>What a paragraph is, for the checks: running text, a "Baca juga" block, or a heading.</summary>
public enum ParagraphKind { Text, Related, Heading }

/// <summary>
/// One paragraph as the checks read it: its plain text, where it starts in the source (line, for the command), and
/// for a "Baca juga" block what it points to (a story id from <c>[baca-juga id=…]</c>, or an address and a title).
/// </summary>
public sealed record CheckedParagraph(int Number, string Text, int Line, ParagraphKind Kind, int? RelatedId = null, string? RelatedUrl = null, string? RelatedTitle = null);

/// <summary>An image in the text, with the alt text it has (null when it has none).</summary>
public sealed record CheckedImage(int Paragraph, int Line, string? Source, string? Alt);

/// <summary>
/// A story as the editorial checks read it: the headline (paragraph 0) and its paragraphs in order, from a plain-text
/// file, an HTML file or body, or the editor's rendered body. Positions are paragraph numbers and columns within
/// the paragraph's text, with the source line where the paragraph starts.
/// </summary>
public sealed partial class CheckedText
{
    public required string Headline { get; init; }
    public required IReadOnlyList<CheckedParagraph> Paragraphs { get; init; }
    public IReadOnlyList<CheckedImage> Images { get; init; } = [];

    /// <summary>The source line of the headline (1 in a file whose first line it is; 0 in the editor).</summary>
    public int HeadlineLine { get; init; }

    /// <summary>The headline as paragraph 0, for the checks that read it too.</summary>
    public CheckedParagraph HeadlineParagraph => new(0, Headline, HeadlineLine, ParagraphKind.Heading);

    /// <summary>The running-text paragraphs (no "Baca juga" blocks, no headings).</summary>
    public IEnumerable<CheckedParagraph> Prose => Paragraphs.Where(p => p.Kind == ParagraphKind.Text);

    /// <summary>
    /// A file as the <c>check</c> command reads it: the first non-empty line is the headline; the rest is HTML when it
    /// holds block tags, otherwise plain text whose paragraphs are separated by blank lines (or, in a text with no
    /// blank line, by line breaks).
    /// </summary>
    public static CheckedText FromFile(string content)
    {
        content = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');
        var lines = content.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0) return new CheckedText { Headline = "", Paragraphs = [] };
        var headline = Plain(lines[first]);
        var rest = string.Join('\n', lines.Skip(first + 1));
        var text = BlockTag().IsMatch(rest) ? FromHtml(headline, rest, first + 1) : FromPlain(headline, lines, first + 1);
        return new CheckedText { Headline = text.Headline, Paragraphs = text.Paragraphs, Images = text.Images, HeadlineLine = first + 1 };
    }

    private static CheckedText FromPlain(string headline, string[] lines, int start)
    {
        var paragraphs = new List<CheckedParagraph>();
        var hasBlank = lines.Skip(start).SkipWhile(l => l.Trim().Length == 0).Reverse().SkipWhile(l => l.Trim().Length == 0).Any(l => l.Trim().Length == 0);
        var current = new List<string>();
        var at = 0;
        void Flush()
        {
            if (current.Count == 0) return;
            paragraphs.Add(Classify(paragraphs.Count + 1, string.Join(' ', current), at + 1, url: null));
            current.Clear();
        }
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) { Flush(); continue; }
            if (current.Count == 0) at = i;
            current.Add(line);
            if (!hasBlank) Flush();
        }
        Flush();
        return new CheckedText { Headline = headline, Paragraphs = paragraphs };
    }

    /// <summary>An HTML body (a file's, or the editor's rendered one); <paramref name="lineOffset"/> is the number of source lines before it.</summary>
    public static CheckedText FromHtml(string headline, string html, int lineOffset = 0)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var paragraphs = new List<CheckedParagraph>();
        var images = new List<CheckedImage>();
        foreach (var element in document.Body!.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, dd, dt, pre, img"))
        {
            var line = (element.SourceReference?.Position.Line ?? 1) + lineOffset;
            if (element.LocalName == "img")
            {
                images.Add(new CheckedImage(paragraphs.Count, line, element.GetAttribute("src"), element.GetAttribute("alt")));
                continue;
            }
            // A block holding other blocks is read through them (a blockquote's paragraphs, a list item's paragraph).
            if (element.QuerySelector("p, li, blockquote, h1, h2, h3, h4, h5, h6, pre") is not null) continue;
            var text = Plain(element.TextContent);
            if (text.Length == 0) continue;
            var kind = element.LocalName is ['h', >= '1' and <= '6'] ? ParagraphKind.Heading : ParagraphKind.Text;
            var url = element.QuerySelector("a[href]")?.GetAttribute("href");
            var paragraph = Classify(paragraphs.Count + 1, text, line, url);
            paragraphs.Add(kind == ParagraphKind.Heading && paragraph.Kind == ParagraphKind.Text ? paragraph with { Kind = kind } : paragraph);
        }
        return new CheckedText { Headline = headline, Paragraphs = paragraphs, Images = images };
    }

    private static CheckedParagraph Classify(int number, string text, int line, string? url)
    {
        if (RelatedShortcode().Match(text) is { Success: true } shortcode)
            return new CheckedParagraph(number, text, line, ParagraphKind.Related, RelatedId: int.Parse(shortcode.Groups["id"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
        if (RelatedLead().Match(text) is { Success: true } lead)
            return new CheckedParagraph(number, text, line, ParagraphKind.Related, RelatedUrl: url, RelatedTitle: text[(lead.Length)..].Trim());
        return new CheckedParagraph(number, text, line, ParagraphKind.Text);
    }

    /// <summary>Text as a reader sees it: entities decoded, tags dropped, runs of white space as one space.</summary>
    internal static string Plain(string text) =>
        Spaces().Replace(System.Net.WebUtility.HtmlDecode(Tags().Replace(text, " ")), " ").Trim();

    [GeneratedRegex(@"<(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|img|br|table)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex("""^\[baca-juga\s+id=["']?(?<id>\d{1,9})["']?\s*\]$""", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedShortcode();

    /// <summary>"Baca juga:", "BACA JUGA -", "Baca Juga |", "Read also:" at the start of a paragraph.</summary>
    [GeneratedRegex(@"^(?:baca\s+juga|read\s+also)\s*[:|\-–—]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedLead();
}
