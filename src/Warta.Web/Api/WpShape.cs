using System.Globalization;
using System.Text.Json.Nodes;

namespace Warta.Web.Api;

/// <summary>
/// What every WordPress REST object shares: dates written as WordPress writes them, <c>_links</c>, and the global
/// parameters <c>_fields</c> (keep only these fields, dotted for nested ones) and <c>_embed</c> (add the linked
/// objects marked embeddable under <c>_embedded</c>).
/// </summary>
public static class WpShape
{
    /// <summary>"2026-12-05T10:00:00": local or GMT, without offset, as WordPress's REST dates.</summary>
    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    public static JsonObject Rendered(string html) => new() { ["rendered"] = html };

    public static JsonObject Link(string href, bool embeddable = false, string? taxonomy = null)
    {
        var link = new JsonObject { ["href"] = href };
        if (embeddable) link["embeddable"] = true;
        if (taxonomy is not null) link["taxonomy"] = taxonomy;
        return link;
    }

    public static JsonArray Links(params JsonObject[] links) => new(links.Cast<JsonNode?>().ToArray());

    public static bool WantsEmbed(HttpContext http) => http.Request.Query.ContainsKey("_embed");

    /// <summary>Applies <c>_fields</c> to one object (top-level names, or dotted paths such as <c>title.rendered</c>).</summary>
    public static JsonObject Fields(JsonObject item, HttpContext http)
    {
        var wanted = WpListing.List(http.Request.Query, "_fields");
        if (wanted.Count == 0) return item;
        var kept = new JsonObject();
        foreach (var path in wanted)
        {
            var parts = path.Split('.');
            if (Find(item, parts) is not { } value) continue;
            var target = kept;
            for (var i = 0; i < parts.Length - 1; i++)
                target = (JsonObject)(target[parts[i]] ??= new JsonObject());
            target[parts[^1]] = value.DeepClone();
        }
        return kept;
    }

    private static JsonNode? Find(JsonObject item, string[] path)
    {
        JsonNode? node = item;
        foreach (var part in path)
        {
            if (node is not JsonObject o || !o.TryGetPropertyValue(part, out node)) return null;
        }
        return node;
    }

    public static IResult Json(JsonNode node) =>
        Results.Text(node.ToJsonString(), "application/json; charset=UTF-8");

    /// <summary>201 for a write that made <paramref name="node"/>, its address (under /wp-json) in Location, as WordPress answers.</summary>
    public static IResult Created(HttpContext http, string route, JsonNode node)
    {
        http.Response.Headers.Location = $"{Site.PublicOrigin.Of(http)}{WpApi.Root}{route}";
        return Results.Text(node.ToJsonString(), "application/json; charset=UTF-8", statusCode: StatusCodes.Status201Created);
    }
}
