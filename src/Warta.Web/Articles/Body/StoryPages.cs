using System.Text.RegularExpressions;

namespace Warta.Web.Articles.Body;

/// <summary>
/// A story split into pages where its body says <c>&lt;!--nextpage--&gt;</c>, as WordPress writers (and imports) mark
/// them. Each page is sanitized on its own, so every page is whole HTML; the rendered pages are joined by
/// <see cref="Break"/>, which the sanitizer cannot let through from a body (its class is not allowed), so only this
/// class ever writes it and the story page can cut there safely.
/// </summary>
public static partial class StoryPages
{
    public const string Break = "\n<hr class=\"page-break\">\n";

    /// <summary>The source cut at its page marks (a mark wrapped in a paragraph of its own included).</summary>
    public static string[] SplitSource(string html)
    {
        if (!NextPage().IsMatch(html)) return [html];
        var pages = NextPage().Split(html).Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return pages.Length == 0 ? [""] : pages;
    }

    /// <summary>The rendered body's pages: one element when the story is not paginated.</summary>
    public static string[] Split(string rendered) =>
        rendered.Contains(Break, StringComparison.Ordinal) ? rendered.Split(Break) : [rendered];

    [GeneratedRegex(@"(?:<p>\s*)?<!--\s*nextpage\s*-->(?:\s*</p>)?", RegexOptions.IgnoreCase)]
    private static partial Regex NextPage();
}
