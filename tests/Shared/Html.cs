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

    public static string Text(this IDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"No element matches '{selector}'.");
}
