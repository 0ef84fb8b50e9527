using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Articles.Body;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Settings;

namespace Warta.Web.Api;

/// <summary>
/// <c>/wp/v2/pages</c>: the site's published pages (Redaksi, Pedoman Media Siber…) in WordPress's page shape; staff
/// who edit pages (the editor's capability, as the back office's pages) also see drafts (<c>status</c>) and, with
/// <c>context=edit</c>, the raw words.
/// </summary>
public sealed class WpPages(WartaDb db, BodyRenderer renderer, SiteSettingsCache settings, CurrentStaff current)
{
    private static readonly string[] Orderings = ["date", "id", "include", "title", "slug", "modified", "menu_order", "parent"];

    public async Task<IResult> ListAsync(HttpContext http, CancellationToken ct)
    {
        var query = http.Request.Query;
        var problems = new Dictionary<string, string>();
        var collection = WpListing.Read(query, problems, "date", Orderings);
        var parents = WpListing.Ids(query, "parent", problems);
        var statuses = WpListing.List(query, "status");
        if (statuses.FirstOrDefault(s => s is not ("publish" or "draft" or "any")) is { } unknown) problems["status"] = "status[0] is not one of publish, draft, any.";
        var staff = await current.GetAsync();
        var editor = staff?.Can(Capability.EditOthers) == true;
        if (statuses.Any(s => s != "publish") && !editor) return WpError.Of("rest_forbidden_status", "Status is forbidden.", staff is null ? 401 : 403);
        if (WpContext.Edit(http) && !editor) return WpContext.Forbidden(staff);
        if (problems.Count > 0) return WpError.InvalidParameters(problems);
        var pages = db.Pages.AsNoTracking();
        if (!statuses.Contains("any"))
        {
            var (published, drafts) = (statuses.Count == 0 || statuses.Contains("publish"), statuses.Contains("draft"));
            pages = pages.Where(p => (published && p.IsPublished) || (drafts && !p.IsPublished));
        }
        if (collection.Include.Count > 0) pages = pages.Where(p => collection.Include.Contains(p.Id));
        if (collection.Exclude.Count > 0) pages = pages.Where(p => !collection.Exclude.Contains(p.Id));
        if (collection.Slugs.Count > 0) pages = pages.Where(p => collection.Slugs.Contains(p.Slug));
        if (parents.Count > 0) pages = pages.Where(p => parents.Contains(p.ParentId ?? 0));
        if (collection.Search is { } words) pages = pages.Where(p => p.Title.Contains(words) || p.Body.Contains(words));
        pages = (collection.OrderBy, collection.Ascending) switch
        {
            ("id", true) => pages.OrderBy(p => p.Id),
            ("id", false) => pages.OrderByDescending(p => p.Id),
            ("title", true) => pages.OrderBy(p => p.Title),
            ("title", false) => pages.OrderByDescending(p => p.Title),
            ("slug", true) => pages.OrderBy(p => p.Slug),
            ("slug", false) => pages.OrderByDescending(p => p.Slug),
            ("modified", true) => pages.OrderBy(p => p.UpdatedAt),
            ("modified", false) => pages.OrderByDescending(p => p.UpdatedAt),
            ("parent", true) => pages.OrderBy(p => p.ParentId).ThenBy(p => p.Id),
            ("parent", false) => pages.OrderByDescending(p => p.ParentId).ThenBy(p => p.Id),
            (_, true) => pages.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id),
            _ => pages.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
        };
        var total = await pages.CountAsync(ct);
        collection.WriteHeaders(http, total);
        if (total > 0 && collection.Skip >= total && collection.Offset is null) return WpError.PageTooLarge();
        var rows = await pages.Skip(collection.Skip).Take(collection.PerPage).Include(p => p.Parent).ToListAsync(ct);
        var origin = Site.PublicOrigin.Of(http);
        var raw = WpContext.Edit(http);
        Caching.CacheTags.Add(http, Caching.CacheTags.Site);
        return WpShape.Json(new JsonArray(rows.Select(p => (JsonNode?)WpShape.Fields(Shape(p, origin, raw), http)).ToArray()));
    }

    public async Task<IResult> OneAsync(HttpContext http, int id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        var editor = staff?.Can(Capability.EditOthers) == true;
        var page = await db.Pages.AsNoTracking().Include(p => p.Parent).FirstOrDefaultAsync(p => p.Id == id && (p.IsPublished || editor), ct);
        if (page is null) return WpError.InvalidId("post");
        if (WpContext.Edit(http) && !editor) return WpContext.Forbidden(staff);
        Caching.CacheTags.Add(http, Caching.CacheTags.Site);
        return WpShape.Json(WpShape.Fields(Shape(page, Site.PublicOrigin.Of(http), WpContext.Edit(http)), http));
    }

    /// <summary>A page as a staff write answers it: drafts too, with its raw words.</summary>
    public async Task<JsonObject> EditedAsync(HttpContext http, int id, CancellationToken ct) =>
        Shape(await db.Pages.AsNoTracking().Include(p => p.Parent).SingleAsync(p => p.Id == id, ct), Site.PublicOrigin.Of(http), raw: true);

    private JsonObject Shape(StaticPages.StaticPage page, string origin, bool raw)
    {
        var site = settings.Current;
        var html = Feeds.AbsoluteLinks.Rewrite(string.Concat(renderer.Render(page.Body, BodyFormat.Markdown).Parts), origin);
        return new JsonObject
        {
            ["id"] = page.Id,
            ["date"] = WpShape.Date(site.Time.ToLocal(page.CreatedAt)),
            ["date_gmt"] = WpShape.Date(page.CreatedAt),
            ["guid"] = WpShape.Rendered($"{origin}/?page_id={page.Id}"),
            ["modified"] = WpShape.Date(site.Time.ToLocal(page.UpdatedAt)),
            ["modified_gmt"] = WpShape.Date(page.UpdatedAt),
            ["slug"] = page.Slug,
            ["status"] = page.IsPublished ? "publish" : "draft",
            ["type"] = "page",
            ["link"] = origin + page.Url,
            ["title"] = raw
                ? new JsonObject { ["raw"] = page.Title, ["rendered"] = System.Net.WebUtility.HtmlEncode(page.Title) }
                : WpShape.Rendered(System.Net.WebUtility.HtmlEncode(page.Title)),
            ["content"] = raw
                ? new JsonObject { ["raw"] = page.Body, ["rendered"] = html, ["protected"] = false, ["block_version"] = 0 }
                : new JsonObject { ["rendered"] = html, ["protected"] = false },
            ["excerpt"] = new JsonObject { ["rendered"] = "", ["protected"] = false },
            ["author"] = 0,
            ["featured_media"] = 0,
            ["parent"] = page.ParentId ?? 0,
            ["menu_order"] = 0,
            ["comment_status"] = "closed",
            ["ping_status"] = "closed",
            ["template"] = "",
            ["meta"] = new JsonArray(),
            ["_links"] = new JsonObject
            {
                ["self"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/pages/{page.Id}")),
                ["collection"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/pages")),
                ["about"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/types/page")),
            },
        };
    }
}
