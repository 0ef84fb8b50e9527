using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace Warta.Web.Articles.Body;

/// <summary>
/// Turns a stored body (Markdown or imported HTML) into sanitized HTML with its "Baca juga" blocks marked.
/// The result is cached per article version: sanitizing is the costly step and a body changes rarely.
/// </summary>
public sealed partial class BodyRenderer(BodySanitizer sanitizer, IMemoryCache cache)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseFootnotes()
        .UseAutoLinks()
        .Use<FigureExtension>()
        .Build();

    /// <remarks>Keyed on the body's own hash, so an edit can never be served from a stale entry.</remarks>
    public RenderedBody Render(int articleId, string body, BodyFormat format) =>
        cache.GetOrCreate(("body", articleId, format, string.GetHashCode(body, StringComparison.Ordinal), body.Length), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return Render(body, format);
        })!;

    public RenderedBody Render(string body, BodyFormat format) => SplitAtBacaJuga(Html(body, format));

    /// <summary>The sanitized HTML with its <c>[baca-juga id=…]</c> blocks still in place (the editorial checks read them there).</summary>
    public string Html(string body, BodyFormat format)
    {
        var html = format == BodyFormat.Markdown ? Markdown.ToHtml(body, Pipeline) : body;
        var pages = StoryPages.SplitSource(html);
        return pages.Length == 1 ? sanitizer.Sanitize(html) : string.Join(StoryPages.Break, pages.Select(sanitizer.Sanitize));
    }

    private static RenderedBody SplitAtBacaJuga(string html)
    {
        var parts = new List<string>();
        var ids = new List<int>();
        var start = 0;
        foreach (Match m in BacaJugaBlock().Matches(html))
        {
            if (!int.TryParse(m.Groups["id"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) continue;
            parts.Add(html[start..m.Index]);
            ids.Add(id);
            start = m.Index + m.Length;
        }
        parts.Add(html[start..]);
        return new RenderedBody(parts, ids);
    }

    /// <summary>
    /// A paragraph of its own holding <c>[baca-juga id=123]</c> (quotes optional), WordPress shortcode style so the
    /// same block works in Markdown and in imported HTML. Matched after sanitizing, so it can only wrap safe text.
    /// </summary>
    [GeneratedRegex("""<p>\s*\[baca-juga\s+id=(?:"|&quot;)?(?<id>\d{1,9})(?:"|&quot;)?\s*\]\s*</p>\n?""", RegexOptions.IgnoreCase)]
    private static partial Regex BacaJugaBlock();
}
