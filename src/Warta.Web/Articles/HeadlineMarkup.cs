using AngleSharp.Html.Parser;
using Ganss.Xss;
using Microsoft.AspNetCore.Html;

namespace Warta.Web.Articles;

/// <summary>
/// Headlines may carry a little inline emphasis (an imported WordPress title such as "Title &lt;em&gt;With&lt;/em&gt;
/// Mark&lt;sup&gt;up&lt;/sup&gt;"): the story page shows it as markup, from this allow-list only; everywhere a
/// headline is text (page titles, metadata, feeds, JSON-LD, sitemaps, lists, search) it is the plain text.
/// </summary>
public static class HeadlineMarkup
{
    private static readonly string[] Allowed = ["em", "i", "strong", "b", "sup", "sub"];

    private static readonly HtmlSanitizer Sanitizer = Create();

    private static HtmlSanitizer Create() => new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(Allowed, StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(),
        AllowedCssProperties = new HashSet<string>(),
        AllowedSchemes = new HashSet<string>(),
    })
    {
        KeepChildNodes = true, // a tag off the list goes; its words stay
    };

    /// <summary>A title as WordPress stores it → (plain text, markup or null when it has none worth keeping).</summary>
    public static (string Plain, string? Html) Split(string title)
    {
        var fragment = new HtmlParser().ParseDocument("<body>" + title + "</body>").Body!;
        var plain = string.Join(' ', fragment.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var hasMarkup = fragment.QuerySelectorAll("*").Any(e => Allowed.Contains(e.LocalName));
        return (plain, hasMarkup ? Sanitizer.Sanitize(title).Trim() : null);
    }

    public static IHtmlContent Render(ArticleView article) =>
        article.HeadlineHtml is { } html ? new HtmlString(Sanitize(html)) : new HtmlContentBuilder().Append(article.Headline);

    /// <summary>Stored headline markup reduced to the allow-list (the API's <c>title.rendered</c>, the story page).</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html);
}
