using System.Text.Json.Nodes;
using Warta.Web.Articles;
using Warta.Web.Search;
using Warta.Web.Settings;

namespace Warta.Web.Api;

/// <summary>
/// <c>/wp/v2/search</c>: WordPress's search across content, answered by the site's own search (stems, names, typos),
/// for posts; terms (sections and tags) by name. Results carry id, title, url, type and subtype as WordPress's do.
/// </summary>
public sealed class WpSearch(ArticleSearch search, WpTerms terms, SiteSettingsCache settings)
{
    public async Task<IResult> RunAsync(HttpContext http, CancellationToken ct)
    {
        var query = http.Request.Query;
        var problems = new Dictionary<string, string>();
        var page = WpListing.Number(query, "page", 1, 1, int.MaxValue, problems) ?? 1;
        var perPage = WpListing.Number(query, "per_page", 10, 1, 100, problems) ?? 10;
        var type = WpListing.One(query, "type") ?? "post";
        if (type is not ("post" or "term")) problems["type"] = "type is not one of post, term, post-format.";
        var subtypes = WpListing.List(query, "subtype");
        var allowed = type == "post" ? new[] { "post", "page", "any" } : ["category", "post_tag", "any"];
        if (subtypes.Any(s => !allowed.Contains(s))) problems["subtype"] = $"subtype[0] is not one of {string.Join(", ", allowed)}.";
        if (problems.Count > 0) return WpError.InvalidParameters(problems);
        var words = WpListing.One(query, "search") ?? "";
        var origin = Site.PublicOrigin.Of(http);
        List<JsonObject> found;
        int total;
        if (type == "post")
        {
            if (words.Length == 0) { total = 0; found = []; }
            else
            {
                var results = search.Run(new SearchRequest(words, null, null, null, SearchSort.Relevance, page, perPage));
                total = results.Total;
                var site = settings.Current;
                found = results.Hits.Select(h => Item(h.Id, System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(h.HeadlineHtml, "<[^>]+>", "")),
                    origin + Permalink.For(h.Slug, h.PublishedAt, site.Time.Zone), "post", "post", $"{origin}/wp-json/wp/v2/posts/{h.Id}", $"{origin}/wp-json/wp/v2/types/post")).ToList();
            }
        }
        else
        {
            var kinds = subtypes.Count == 0 || subtypes.Contains("any") ? new[] { "category", "post_tag" } : subtypes.ToArray();
            var matches = new List<(WpTerms.Term Term, string Taxonomy)>();
            foreach (var taxonomy in kinds)
                matches.AddRange((await terms.AllAsync(taxonomy, ct))
                    .Where(t => words.Length == 0 || t.Name.Contains(words, StringComparison.OrdinalIgnoreCase))
                    .Select(t => (t, taxonomy)));
            total = matches.Count;
            found = matches.OrderBy(m => m.Term.Name, StringComparer.CurrentCultureIgnoreCase).Skip((page - 1) * perPage).Take(perPage)
                .Select(m => Item(m.Term.Id, m.Term.Name,
                    origin + (m.Taxonomy == "category" ? Site.SiteUrls.Section(m.Term.Slug) : Site.SiteUrls.Tag(m.Term.Slug)), "term", m.Taxonomy,
                    $"{origin}/wp-json/wp/v2/{(m.Taxonomy == "category" ? "categories" : "tags")}/{m.Term.Id}", $"{origin}/wp-json/wp/v2/taxonomies/{m.Taxonomy}")).ToList();
        }
        WpListing.WriteHeaders(http, total, page, perPage);
        if (total > 0 && (page - 1) * perPage >= total) return WpError.PageTooLarge();
        return WpShape.Json(new JsonArray(found.Select(f => (JsonNode?)WpShape.Fields(f, http)).ToArray()));
    }

    private static JsonObject Item(int id, string title, string url, string type, string subtype, string self, string about) => new()
    {
        ["id"] = id,
        ["title"] = title,
        ["url"] = url,
        ["type"] = type,
        ["subtype"] = subtype,
        ["_links"] = new JsonObject
        {
            ["self"] = WpShape.Links(new JsonObject { ["embeddable"] = true, ["href"] = self }),
            ["about"] = WpShape.Links(WpShape.Link(about)),
        },
    };
}
