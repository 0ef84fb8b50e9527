using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Warta.Web.Settings;

namespace Warta.Web.Api;

/// <summary>
/// <c>/wp-json/warta/openapi.json</c>: an OpenAPI 3.1 description of what this API answers, made from the same route
/// table as the index (<see cref="WpApi.Routes"/>), so the two cannot disagree: every route, method and parameter,
/// the bodies of the writes, the error shape, and application passwords as HTTP Basic.
/// </summary>
public static partial class WpOpenApi
{
    public const string Path = "/warta/openapi.json";

    private static readonly HashSet<string> Integers = ["id", "page", "per_page", "offset", "post", "parent", "author", "featured_media"];
    private static readonly HashSet<string> Lists = ["include", "exclude", "slug", "categories", "categories_exclude", "tags", "tags_exclude", "author_exclude", "status", "parent_exclude", "_fields", "post", "type", "subtype"];

    /// <summary>The fields a write takes, per collection (the item routes take the same).</summary>
    private static readonly Dictionary<string, (string Field, string Type, string About)[]> Bodies = new()
    {
        ["posts"] =
        [
            ("title", "string", "The headline (plain text)."), ("content", "string", "The body, HTML (sanitized when shown)."),
            ("excerpt", "string", "The dek (plain text)."), ("slug", "string", "The address's last part."),
            ("status", "string", "publish, future, draft, pending or trash."), ("date", "string", "Site time, for scheduling."),
            ("date_gmt", "string", "UTC, for scheduling."), ("categories", "array", "One section id."), ("tags", "array", "Tag ids."),
            ("author", "integer", "A byline (author) id."), ("featured_media", "integer", "A media id; 0 removes it."),
            ("comment_status", "string", "open or closed."), ("sticky", "boolean", "Held as the home page's headline (editors)."),
            ("password", "string", "Asked of readers before the story shows."),
        ],
        ["categories"] =
        [
            ("name", "string", "The section's name."), ("slug", "string", "Its address."),
            ("description", "string", "Shown on the section's page."), ("parent", "integer", "The section above it; 0 for none."),
        ],
        ["comments"] =
        [
            ("post", "integer", "The story (when creating)."), ("parent", "integer", "The comment answered."),
            ("content", "string", "The words."), ("status", "string", "approved, hold, spam or trash (moderators, when updating)."),
        ],
    };

    public static IResult Document(HttpContext http, SiteSettingsCache settings)
    {
        var origin = Site.PublicOrigin.Of(http);
        var paths = new JsonObject();
        foreach (var (route, methods, args) in WpApi.Routes)
        {
            var path = Placeholder().Replace(route, "{${name}}");
            var operations = new JsonObject();
            foreach (var method in methods)
            {
                var writes = method != "GET";
                var operation = new JsonObject
                {
                    ["operationId"] = method.ToLowerInvariant() + NonWord().Replace(path, "_").TrimEnd('_'),
                    ["parameters"] = new JsonArray(args.Where(a => !writes || a is "id" or "force" or "context" or "_fields")
                        .Where(a => method != "DELETE" || a != "context").Select(a => (JsonNode?)Parameter(a, path)).ToArray()),
                    ["responses"] = Responses(method),
                };
                if (writes) operation["security"] = new JsonArray(new JsonObject { ["applicationPassword"] = new JsonArray() });
                if (writes && method != "DELETE" && Bodies.TryGetValue(path.Split('/')[3], out var fields)) operation["requestBody"] = Body(fields);
                operations[method.ToLowerInvariant()] = operation;
            }
            paths[path] = operations;
        }
        var document = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = $"{settings.Current.Name}: REST API (WordPress-compatible)",
                ["version"] = "wp/v2",
                ["description"] = "WordPress's REST API shapes, parameters, headers (X-WP-Total, X-WP-TotalPages, Link) and error codes. Writes need an application password (HTTP Basic, the staff member's email as the user name).",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = origin + WpApi.Root }),
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["applicationPassword"] = new JsonObject
                    {
                        ["type"] = "http", ["scheme"] = "basic",
                        ["description"] = $"An application password made at {origin}/newsroom/akun/aplikasi/.",
                    },
                },
                ["schemas"] = new JsonObject
                {
                    ["Error"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("code", "message", "data"),
                        ["properties"] = new JsonObject
                        {
                            ["code"] = new JsonObject { ["type"] = "string" },
                            ["message"] = new JsonObject { ["type"] = "string" },
                            ["data"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["status"] = new JsonObject { ["type"] = "integer" } } },
                        },
                    },
                },
            },
            ["paths"] = paths,
        };
        Caching.CacheTags.Add(http, Caching.CacheTags.Site);
        return WpShape.Json(document);
    }

    private static JsonObject Parameter(string name, string path)
    {
        var inPath = path.Contains($"{{{name}}}", StringComparison.Ordinal);
        JsonObject schema = Lists.Contains(name) && !inPath
            ? new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = Integers.Contains(name) ? "integer" : "string" } }
            : new JsonObject { ["type"] = Integers.Contains(name) ? "integer" : name == "force" ? "boolean" : "string" };
        var parameter = new JsonObject { ["name"] = name, ["in"] = inPath ? "path" : "query", ["required"] = inPath, ["schema"] = schema };
        if (schema["type"]?.GetValue<string>() == "array") (parameter["style"], parameter["explode"]) = ("form", false);
        return parameter;
    }

    private static JsonObject Responses(string method)
    {
        JsonObject Error(string description) => new()
        {
            ["description"] = description,
            ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Error" } } },
        };
        var responses = new JsonObject
        {
            ["200"] = new JsonObject { ["description"] = "The object or the page of objects, in WordPress's shape." },
            ["400"] = Error("A parameter is wrong (rest_invalid_param, with data.params)."),
            ["401"] = Error("Not allowed without an application password."),
            ["403"] = Error("Not allowed for this member of staff."),
            ["404"] = Error("No such object or route."),
        };
        if (method == "POST") responses["201"] = new JsonObject { ["description"] = "Created; Location names the new object." };
        return responses;
    }

    private static JsonObject Body((string Field, string Type, string About)[] fields) => new()
    {
        ["content"] = new JsonObject
        {
            ["application/json"] = new JsonObject
            {
                ["schema"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject(fields.Select(f => KeyValuePair.Create(f.Field, (JsonNode?)new JsonObject
                    {
                        ["type"] = f.Type,
                        ["description"] = f.About,
                    }))),
                },
            },
        },
    };

    [GeneratedRegex(@"\(\?P<(?<name>\w+)>[^)]*\)")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex NonWord();
}
