using System.Text.Json.Nodes;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Settings;

namespace Warta.Web.Api;

/// <summary>
/// The WordPress-compatible REST API under <c>/wp-json/</c> (also reached as <c>/?rest_route=/…</c>, as WordPress
/// allows without pretty links): discovery, and the read routes apps and front ends written for WordPress use.
/// </summary>
public static class WpApi
{
    public const string Root = "/wp-json";

    /// <summary>The routes this API answers, as the index lists them: path (WordPress's PCRE style), methods, and the endpoint's arguments.</summary>
    internal static readonly (string Route, string[] Methods, string[] Args)[] Routes =
    [
        ("/", ["GET"], ["context"]),
        ("/wp/v2", ["GET"], ["namespace", "context"]),
        ("/wp/v2/posts", ["GET", "POST"], ["context", "page", "per_page", "search", "after", "modified_after", "author", "author_exclude", "before", "modified_before", "exclude", "include", "offset", "order", "orderby", "slug", "status", "categories", "categories_exclude", "tags", "tags_exclude", "sticky", "_fields", "_embed"]),
        ("/wp/v2/posts/(?P<id>[\\d]+)", ["GET", "POST", "PUT", "PATCH", "DELETE"], ["id", "context", "password", "_fields", "_embed", "force"]),
        ("/wp/v2/pages", ["GET", "POST"], ["context", "page", "per_page", "search", "exclude", "include", "offset", "order", "orderby", "parent", "slug", "status", "_fields"]),
        ("/wp/v2/pages/(?P<id>[\\d]+)", ["GET", "POST", "PUT", "PATCH", "DELETE"], ["id", "context", "_fields", "force"]),
        ("/wp/v2/categories", ["GET", "POST"], ["context", "page", "per_page", "search", "exclude", "include", "order", "orderby", "hide_empty", "parent", "post", "slug", "_fields"]),
        ("/wp/v2/categories/(?P<id>[\\d]+)", ["GET", "POST", "PUT", "PATCH", "DELETE"], ["id", "context", "_fields", "force"]),
        ("/wp/v2/tags", ["GET", "POST"], ["context", "page", "per_page", "search", "exclude", "include", "offset", "order", "orderby", "hide_empty", "post", "slug", "_fields"]),
        ("/wp/v2/tags/(?P<id>[\\d]+)", ["GET", "POST", "PUT", "PATCH", "DELETE"], ["id", "context", "_fields", "force"]),
        ("/wp/v2/users", ["GET"], ["context", "page", "per_page", "search", "exclude", "include", "offset", "order", "orderby", "slug", "_fields"]),
        ("/wp/v2/users/(?P<id>[\\d]+)", ["GET"], ["id", "context", "_fields"]),
        ("/wp/v2/users/me", ["GET"], ["context", "_fields"]),
        ("/wp/v2/comments", ["GET", "POST"], ["context", "page", "per_page", "search", "after", "before", "exclude", "include", "offset", "order", "orderby", "parent", "parent_exclude", "post", "status", "type", "_fields"]),
        ("/wp/v2/comments/(?P<id>[\\d]+)", ["GET", "POST", "PUT", "PATCH", "DELETE"], ["id", "context", "_fields", "force"]),
        ("/wp/v2/media", ["GET", "POST"], ["context", "page", "per_page", "search", "exclude", "include", "offset", "order", "orderby", "slug", "media_type", "mime_type", "_fields"]),
        ("/wp/v2/media/(?P<id>[\\d]+)", ["GET", "POST", "PUT", "PATCH", "DELETE"], ["id", "context", "_fields", "force"]),
        ("/wp/v2/search", ["GET"], ["context", "page", "per_page", "search", "type", "subtype", "_fields"]),
        ("/wp/v2/types", ["GET"], ["context"]),
        ("/wp/v2/types/(?P<type>[\\w-]+)", ["GET"], ["type", "context"]),
        ("/wp/v2/taxonomies", ["GET"], ["context", "type"]),
        ("/wp/v2/taxonomies/(?P<taxonomy>[\\w-]+)", ["GET"], ["taxonomy", "context"]),
        ("/wp/v2/statuses", ["GET"], ["context"]),
        ("/wp/v2/statuses/(?P<status>[\\w-]+)", ["GET"], ["status", "context"]),
    ];

    public static IEndpointRouteBuilder MapWordPressApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Root);
        api.AddEndpointFilter(WpAuthentication.FilterAsync);
        api.MapGet("/", Index);
        api.MapGet("/wp/v2", (HttpContext http) => Namespace(http));
        api.MapGet(WpOpenApi.Path, WpOpenApi.Document);
        api.MapGet("/wp/v2/posts", (HttpContext http, WpPosts posts, CancellationToken ct) => posts.ListAsync(http, ct));
        api.MapGet("/wp/v2/posts/{id:int}", (HttpContext http, int id, WpPosts posts, CancellationToken ct) => posts.OneAsync(http, id, ct));
        api.MapPost("/wp/v2/posts", (HttpContext http, WpPostWrites writes, CancellationToken ct) => writes.CreateAsync(http, ct)).DisableAntiforgery();
        api.MapMethods("/wp/v2/posts/{id:int}", ["POST", "PUT", "PATCH"], (HttpContext http, int id, WpPostWrites writes, CancellationToken ct) => writes.UpdateAsync(http, id, ct)).DisableAntiforgery();
        api.MapDelete("/wp/v2/posts/{id:int}", (HttpContext http, int id, WpPostWrites writes, CancellationToken ct) => writes.TrashAsync(http, id, ct));
        api.MapGet("/wp/v2/pages", (HttpContext http, WpPages pages, CancellationToken ct) => pages.ListAsync(http, ct));
        api.MapGet("/wp/v2/pages/{id:int}", (HttpContext http, int id, WpPages pages, CancellationToken ct) => pages.OneAsync(http, id, ct));
        api.MapPost("/wp/v2/pages", (HttpContext http, WpPageWrites writes, CancellationToken ct) => writes.CreateAsync(http, ct)).DisableAntiforgery();
        api.MapMethods("/wp/v2/pages/{id:int}", ["POST", "PUT", "PATCH"], (HttpContext http, int id, WpPageWrites writes, CancellationToken ct) => writes.UpdateAsync(http, id, ct)).DisableAntiforgery();
        api.MapDelete("/wp/v2/pages/{id:int}", (HttpContext http, int id, WpPageWrites writes, CancellationToken ct) => writes.DeleteAsync(http, id, ct));
        api.MapGet("/wp/v2/categories", (HttpContext http, WpTerms terms, CancellationToken ct) => terms.CategoriesAsync(http, ct)).RequiresForEdit(Capability.ManageTaxonomy);
        api.MapGet("/wp/v2/categories/{id:int}", (HttpContext http, int id, WpTerms terms, CancellationToken ct) => terms.OneAsync(http, "category", id, ct)).RequiresForEdit(Capability.ManageTaxonomy);
        api.MapPost("/wp/v2/categories", (HttpContext http, WpCategoryWrites writes, CancellationToken ct) => writes.CreateAsync(http, ct)).DisableAntiforgery();
        api.MapMethods("/wp/v2/categories/{id:int}", ["POST", "PUT", "PATCH"], (HttpContext http, int id, WpCategoryWrites writes, CancellationToken ct) => writes.UpdateAsync(http, id, ct)).DisableAntiforgery();
        api.MapDelete("/wp/v2/categories/{id:int}", (HttpContext http, int id, WpCategoryWrites writes, CancellationToken ct) => writes.DeleteAsync(http, id, ct));
        api.MapGet("/wp/v2/tags", (HttpContext http, WpTerms terms, CancellationToken ct) => terms.TagsAsync(http, ct)).RequiresForEdit(Capability.ManageTaxonomy);
        api.MapGet("/wp/v2/tags/{id:int}", (HttpContext http, int id, WpTerms terms, CancellationToken ct) => terms.OneAsync(http, "post_tag", id, ct)).RequiresForEdit(Capability.ManageTaxonomy);
        api.MapPost("/wp/v2/tags", (HttpContext http, WpTagWrites writes, CancellationToken ct) => writes.CreateAsync(http, ct)).DisableAntiforgery();
        api.MapMethods("/wp/v2/tags/{id:int}", ["POST", "PUT", "PATCH"], (HttpContext http, int id, WpTagWrites writes, CancellationToken ct) => writes.UpdateAsync(http, id, ct)).DisableAntiforgery();
        api.MapDelete("/wp/v2/tags/{id:int}", (HttpContext http, int id, WpTagWrites writes, CancellationToken ct) => writes.DeleteAsync(http, id, ct));
        api.MapGet("/wp/v2/users", (HttpContext http, WpUsers users, CancellationToken ct) => users.ListAsync(http, ct)).RequiresForEdit(Capability.ManageUsers);
        api.MapGet("/wp/v2/users/me", (HttpContext http, WpUsers users, CancellationToken ct) => users.MeAsync(http, ct));
        api.MapGet("/wp/v2/users/{id:int}", (HttpContext http, int id, WpUsers users, CancellationToken ct) => users.OneAsync(http, id, ct)).RequiresForEdit(Capability.ManageUsers);
        api.MapGet("/wp/v2/comments", (HttpContext http, WpComments comments, CancellationToken ct) => comments.ListAsync(http, ct)).RequiresForEdit(Capability.ModerateComments);
        api.MapGet("/wp/v2/comments/{id:int}", (HttpContext http, int id, WpComments comments, CancellationToken ct) => comments.OneAsync(http, id, ct)).RequiresForEdit(Capability.ModerateComments);
        // Rate-limited per address like the comment form (a reader's comments may come this way when the site allows it).
        api.MapPost("/wp/v2/comments", (HttpContext http, WpCommentWrites writes, CancellationToken ct) => writes.CreateAsync(http, ct))
            .DisableAntiforgery().RequireRateLimiting(Comments.CommentsSetup.PostsPolicy);
        api.MapMethods("/wp/v2/comments/{id:int}", ["POST", "PUT", "PATCH"], (HttpContext http, int id, WpCommentWrites writes, CancellationToken ct) => writes.UpdateAsync(http, id, ct)).DisableAntiforgery();
        api.MapDelete("/wp/v2/comments/{id:int}", (HttpContext http, int id, WpCommentWrites writes, CancellationToken ct) => writes.TrashAsync(http, id, ct));
        api.MapGet("/wp/v2/media", (HttpContext http, WpMedia media, CancellationToken ct) => media.ListAsync(http, ct)).RequiresForEdit(Capability.UploadMedia);
        api.MapGet("/wp/v2/media/{id:int}", (HttpContext http, int id, WpMedia media, CancellationToken ct) => media.OneAsync(http, id, ct)).RequiresForEdit(Capability.UploadMedia);
        api.MapPost("/wp/v2/media", (HttpContext http, WpMediaWrites writes, CancellationToken ct) => writes.CreateAsync(http, ct)).DisableAntiforgery();
        api.MapMethods("/wp/v2/media/{id:int}", ["POST", "PUT", "PATCH"], (HttpContext http, int id, WpMediaWrites writes, CancellationToken ct) => writes.UpdateAsync(http, id, ct)).DisableAntiforgery();
        api.MapDelete("/wp/v2/media/{id:int}", (HttpContext http, int id, WpMediaWrites writes, CancellationToken ct) => writes.DeleteAsync(http, id, ct));
        api.MapGet("/wp/v2/search", (HttpContext http, WpSearch search, CancellationToken ct) => search.RunAsync(http, ct));
        api.MapGet("/wp/v2/types", (HttpContext http) => WpTypes.Types(http, null));
        api.MapGet("/wp/v2/types/{type}", (HttpContext http, string type) => WpTypes.Types(http, type));
        api.MapGet("/wp/v2/taxonomies", (HttpContext http) => WpTypes.Taxonomies(http, null));
        api.MapGet("/wp/v2/taxonomies/{taxonomy}", (HttpContext http, string taxonomy) => WpTypes.Taxonomies(http, taxonomy));
        api.MapGet("/wp/v2/statuses", (HttpContext http) => WpTypes.Statuses(http, null));
        api.MapGet("/wp/v2/statuses/{status}", (HttpContext http, string status) => WpTypes.Statuses(http, status));
        // Anything else under /wp-json answers as WordPress does, in JSON, never with the site's HTML 404 page.
        api.Map("/{**rest}", () => WpError.NoRoute());
        return app;
    }

    public static IServiceCollection AddWordPressApi(this IServiceCollection services) =>
        services.AddScoped<WpPosts>().AddScoped<WpPostWrites>().AddScoped<WpPages>().AddScoped<WpTerms>().AddScoped<WpCategoryWrites>().AddScoped<WpPageWrites>().AddScoped<WpTagWrites>().AddScoped<WpMediaWrites>().AddScoped<WpUsers>().AddScoped<WpComments>().AddScoped<WpCommentWrites>().AddScoped<WpSearch>().AddScoped<WpMedia>();

    /// <summary>
    /// <c>/?rest_route=/wp/v2/posts&amp;…</c>: WordPress's address for the API on sites without pretty links, which some
    /// clients still build. Rewritten to the same route before routing, other parameters kept.
    /// </summary>
    public static IApplicationBuilder UseRestRouteParameter(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var request = http.Request;
        if (request.Path == "/" && request.Query.TryGetValue("rest_route", out var route) && route.ToString() is { Length: > 0 } target && target.StartsWith('/'))
        {
            request.Path = Root + target;
            var rest = request.Query.Where(kv => kv.Key != "rest_route").SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)));
            request.QueryString = QueryString.Create(rest);
        }
        return next(http);
    });

    /// <summary>The discovery link WordPress puts on its pages: reader HTML pages only (the API's own answers do not carry it).</summary>
    public static string DiscoveryHeader(HttpContext http) => $"<{Site.PublicOrigin.Of(http)}{Root}/>; rel=\"https://api.w.org/\"";

    private static IResult Index(HttpContext http, SiteSettingsCache settings)
    {
        var site = settings.Current;
        var origin = Site.PublicOrigin.Of(http);
        var routes = new JsonObject();
        foreach (var (route, methods, args) in Routes)
        {
            var entry = new JsonObject
            {
                ["namespace"] = route == "/" ? "" : "wp/v2",
                ["methods"] = new JsonArray(methods.Select(m => (JsonNode?)m).ToArray()),
                ["endpoints"] = new JsonArray(new JsonObject
                {
                    ["methods"] = new JsonArray(methods.Select(m => (JsonNode?)m).ToArray()),
                    ["args"] = new JsonObject(args.Select(a => KeyValuePair.Create(a, (JsonNode?)new JsonObject { ["required"] = a == "id" }))),
                }),
            };
            if (!route.Contains('(', StringComparison.Ordinal)) entry["_links"] = new JsonObject { ["self"] = WpShape.Links(WpShape.Link(origin + Root + route)) };
            routes[route] = entry;
        }
        var offset = site.Time.Zone.GetUtcOffset(DateTime.UtcNow);
        var index = new JsonObject
        {
            ["name"] = site.Name,
            ["description"] = site.Tagline ?? "",
            ["url"] = origin,
            ["home"] = origin,
            ["gmt_offset"] = offset.TotalHours % 1 == 0 ? (JsonNode)(int)offset.TotalHours : offset.TotalHours,
            ["timezone_string"] = site.Time.Zone.Id,
            ["namespaces"] = new JsonArray("wp/v2"),
            // Where a person makes an application password, as WordPress names its authorisation screen.
            ["authentication"] = new JsonObject
            {
                ["application-passwords"] = new JsonObject { ["endpoints"] = new JsonObject { ["authorization"] = origin + "/newsroom/akun/aplikasi/" } },
            },
            ["routes"] = routes,
            ["_links"] = new JsonObject { ["help"] = WpShape.Links(WpShape.Link("https://developer.wordpress.org/rest-api/")) },
        };
        Caching.CacheTags.Add(http, Caching.CacheTags.Site);
        return WpShape.Json(WpShape.Fields(index, http));
    }

    private static IResult Namespace(HttpContext http)
    {
        var origin = Site.PublicOrigin.Of(http);
        var routes = new JsonObject();
        foreach (var (route, methods, _) in Routes.Where(r => r.Route.StartsWith("/wp/v2", StringComparison.Ordinal)))
            routes[route] = new JsonObject { ["namespace"] = "wp/v2", ["methods"] = new JsonArray(methods.Select(m => (JsonNode?)m).ToArray()) };
        Caching.CacheTags.Add(http, Caching.CacheTags.Site);
        return WpShape.Json(new JsonObject
        {
            ["namespace"] = "wp/v2",
            ["routes"] = routes,
            ["_links"] = new JsonObject { ["up"] = WpShape.Links(WpShape.Link(origin + Root + "/")) },
        });
    }
}
