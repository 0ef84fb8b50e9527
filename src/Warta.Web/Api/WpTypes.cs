using System.Text.Json.Nodes;

namespace Warta.Web.Api;

/// <summary>
/// <c>/wp/v2/types</c>, <c>/taxonomies</c> and <c>/statuses</c> as WordPress lists them for a reader: the post types
/// (post, page, attachment), the taxonomies (category, post_tag) and the one status a reader can see (publish). Clients read them
/// to find the collections' addresses.
/// </summary>
public static class WpTypes
{
    private static readonly (string Slug, string Name, string Base, string[] Taxonomies, bool Hierarchical)[] PostTypes =
    [
        ("post", "Posts", "posts", ["category", "post_tag"], false),
        ("page", "Pages", "pages", [], true),
        ("attachment", "Media", "media", [], false),
    ];

    private static readonly (string Slug, string Name, string Base, bool Hierarchical)[] TaxonomyList =
    [
        ("category", "Categories", "categories", true),
        ("post_tag", "Tags", "tags", false),
    ];

    public static IResult Types(HttpContext http, string? only)
    {
        var origin = Site.PublicOrigin.Of(http);
        var all = new JsonObject();
        foreach (var (slug, name, route, taxonomies, hierarchical) in PostTypes)
            all[slug] = new JsonObject
            {
                ["description"] = "",
                ["hierarchical"] = hierarchical,
                ["has_archive"] = slug == "post",
                ["name"] = name,
                ["slug"] = slug,
                ["icon"] = null,
                ["taxonomies"] = new JsonArray(taxonomies.Select(t => (JsonNode?)t).ToArray()),
                ["rest_base"] = route,
                ["rest_namespace"] = "wp/v2",
                ["_links"] = new JsonObject
                {
                    ["collection"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/types")),
                    ["wp:items"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/{route}")),
                },
            };
        return Answer(http, all, only, "rest_type_invalid", "Invalid post type.");
    }

    public static IResult Taxonomies(HttpContext http, string? only)
    {
        var origin = Site.PublicOrigin.Of(http);
        var all = new JsonObject();
        foreach (var (slug, name, route, hierarchical) in TaxonomyList)
            all[slug] = new JsonObject
            {
                ["name"] = name,
                ["slug"] = slug,
                ["description"] = "",
                ["types"] = new JsonArray("post"),
                ["hierarchical"] = hierarchical,
                ["rest_base"] = route,
                ["rest_namespace"] = "wp/v2",
                ["_links"] = new JsonObject
                {
                    ["collection"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/taxonomies")),
                    ["wp:items"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/{route}")),
                },
            };
        return Answer(http, all, only, "rest_taxonomy_invalid", "Invalid taxonomy.");
    }

    public static IResult Statuses(HttpContext http, string? only)
    {
        var origin = Site.PublicOrigin.Of(http);
        var all = new JsonObject
        {
            ["publish"] = new JsonObject
            {
                ["name"] = "Published",
                ["public"] = true,
                ["queryable"] = true,
                ["slug"] = "publish",
                ["date_floating"] = false,
                ["_links"] = new JsonObject { ["archives"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/posts")) },
            },
        };
        return Answer(http, all, only, "rest_status_invalid", "Invalid status.");
    }

    private static IResult Answer(HttpContext http, JsonObject all, string? only, string code, string message)
    {
        if (only is null)
        {
            Caching.CacheTags.Add(http, Caching.CacheTags.Site);
            return WpShape.Json(all);
        }
        if (!all.TryGetPropertyValue(only, out var one) || one is null) return WpError.Of(code, message, 404);
        Caching.CacheTags.Add(http, Caching.CacheTags.Site);
        return WpShape.Json(WpShape.Fields((JsonObject)one.DeepClone(), http));
    }
}
