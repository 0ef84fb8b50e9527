using System.Net;
using System.Text.RegularExpressions;

namespace Warta.Web.Articles;

/// <summary>The opening words of a rendered body as plain text: where a story has no dek (feed summaries, the API's excerpt).</summary>
public static partial class PlainExcerpt
{
    /// <summary>
    /// The text of <paramref name="html"/> (tags dropped, entities decoded, spaces collapsed), cut at a space before
    /// <paramref name="maxLength"/> with <paramref name="more"/> after it; a text with no space there is cut at the limit.
    /// </summary>
    public static string Of(string html, int maxLength, string more)
    {
        var text = Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength);
        return text[..(cut > 0 ? cut : maxLength)] + more;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
