using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Warta.Testing;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response, Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The headlines a search results page lists, in order; the page must answer 200.</summary>
    public static async Task<List<string>> SearchHeadlinesAsync(this HttpClient client, string url)
    {
        var (response, page) = await client.GetPageAsync(url);
        if (response.StatusCode != System.Net.HttpStatusCode.OK) throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}.");
        return page.QuerySelectorAll(".search-results h2 a").Select(a => a.TextContent).ToList();
    }

    public static string Text(this IDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"No element matches '{selector}'.");
}
