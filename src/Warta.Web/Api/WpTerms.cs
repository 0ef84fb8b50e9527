using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;

namespace Warta.Web.Api;

/// <summary>
/// <c>/wp/v2/categories</c> (sections, with their parent) and <c>/wp/v2/tags</c>: terms in WordPress's shape, each
/// with the number of stories a reader can see under it.
/// </summary>
public sealed class WpTerms(WartaDb db, TimeProvider clock)
{
    private static readonly string[] Orderings = ["id", "include", "name", "slug", "include_slugs", "term_group", "description", "count"];

    public sealed record Term(int Id, string Name, string Slug, string? Description, int? Parent, int Count);

    public Task<IResult> CategoriesAsync(HttpContext http, CancellationToken ct) => ListAsync(http, "category", ct);
    public Task<IResult> TagsAsync(HttpContext http, CancellationToken ct) => ListAsync(http, "post_tag", ct);

    public async Task<IResult> OneAsync(HttpContext http, string taxonomy, int id, CancellationToken ct)
    {
        var term = (await AllAsync(taxonomy, ct)).FirstOrDefault(t => t.Id == id);
        if (term is null) return WpError.InvalidId("term");
        Caching.CacheTags.Add(http, Caching.CacheTags.Site, Caching.CacheTags.Syndication);
        return WpShape.Json(WpShape.Fields(Shape(term, taxonomy, Site.PublicOrigin.Of(http)), http));
    }

    /// <summary>One term as the list shows it (the answer to a write).</summary>
    public async Task<JsonObject> ShapeAsync(HttpContext http, string taxonomy, int id, CancellationToken ct) =>
        Shape((await AllAsync(taxonomy, ct)).Single(t => t.Id == id), taxonomy, Site.PublicOrigin.Of(http));

    private async Task<IResult> ListAsync(HttpContext http, string taxonomy, CancellationToken ct)
    {
        var query = http.Request.Query;
        var problems = new Dictionary<string, string>();
        var listing = WpListing.Read(query, problems, "name", Orderings, defaultAscending: true);
        var post = WpListing.Number(query, "post", null, 1, int.MaxValue, problems);
        var parent = taxonomy == "category" ? WpListing.Number(query, "parent", null, 0, int.MaxValue, problems) : null;
        var hideEmpty = WpListing.One(query, "hide_empty");
        if (hideEmpty is not null and not ("true" or "false" or "1" or "0")) problems["hide_empty"] = "hide_empty is not of type boolean.";
        if (problems.Count > 0) return WpError.InvalidParameters(problems);

        IEnumerable<Term> terms = await AllAsync(taxonomy, ct);
        if (post is { } postId)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var onPost = taxonomy == "category"
                ? await db.Articles.ReachableAt(now).Where(a => a.Id == postId).Select(a => a.SectionId).ToListAsync(ct)
                : await db.Articles.ReachableAt(now).Where(a => a.Id == postId).SelectMany(a => a.Tags.Select(t => t.Id)).ToListAsync(ct);
            terms = terms.Where(t => onPost.Contains(t.Id));
        }
        if (listing.Include.Count > 0) terms = terms.Where(t => listing.Include.Contains(t.Id));
        if (listing.Exclude.Count > 0) terms = terms.Where(t => !listing.Exclude.Contains(t.Id));
        if (listing.Slugs.Count > 0) terms = terms.Where(t => listing.Slugs.Contains(t.Slug));
        if (listing.Search is { } words) terms = terms.Where(t => t.Name.Contains(words, StringComparison.OrdinalIgnoreCase) || t.Slug.Contains(words, StringComparison.OrdinalIgnoreCase));
        if (parent is { } p) terms = terms.Where(t => (t.Parent ?? 0) == p);
        if (hideEmpty is "true" or "1") terms = terms.Where(t => t.Count > 0);
        terms = (listing.OrderBy, listing.Ascending) switch
        {
            ("id", var up) => up ? terms.OrderBy(t => t.Id) : terms.OrderByDescending(t => t.Id),
            ("slug", var up) => up ? terms.OrderBy(t => t.Slug, StringComparer.Ordinal) : terms.OrderByDescending(t => t.Slug, StringComparer.Ordinal),
            ("count", var up) => up ? terms.OrderBy(t => t.Count).ThenBy(t => t.Id) : terms.OrderByDescending(t => t.Count).ThenBy(t => t.Id),
            ("description", var up) => up ? terms.OrderBy(t => t.Description ?? "", StringComparer.Ordinal) : terms.OrderByDescending(t => t.Description ?? "", StringComparer.Ordinal),
            ("include", _) when listing.Include.Count > 0 => terms.OrderBy(t => listing.Include.ToList().IndexOf(t.Id)),
            (_, var up) => up ? terms.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase) : terms.OrderByDescending(t => t.Name, StringComparer.CurrentCultureIgnoreCase),
        };
        var origin = Site.PublicOrigin.Of(http);
        return listing.Answer(http, terms.ToList(), t => Shape(t, taxonomy, origin), Caching.CacheTags.Site, Caching.CacheTags.Syndication);
    }

    /// <summary>Every term of a taxonomy with its count of visible stories (a few hundred rows at most for a newsroom).</summary>
    public async Task<List<Term>> AllAsync(string taxonomy, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var visible = db.Articles.VisibleAt(now);
        if (taxonomy == "category")
        {
            var counts = await visible.GroupBy(a => a.SectionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            return (await db.Sections.AsNoTracking().Select(s => new { s.Id, s.Name, s.Slug, s.Description, s.ParentId }).ToListAsync(ct))
                .Select(s => new Term(s.Id, s.Name, s.Slug, s.Description, s.ParentId, counts.GetValueOrDefault(s.Id))).ToList();
        }
        var tagCounts = await visible.SelectMany(a => a.Tags.Select(t => t.Id)).GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return (await db.Tags.AsNoTracking().Select(t => new { t.Id, t.Name, t.Slug }).ToListAsync(ct))
            .Select(t => new Term(t.Id, t.Name, t.Slug, null, null, tagCounts.GetValueOrDefault(t.Id))).ToList();
    }

    public static JsonObject Shape(Term term, string taxonomy, string origin)
    {
        var route = taxonomy == "category" ? "categories" : "tags";
        var item = new JsonObject
        {
            ["id"] = term.Id,
            ["count"] = term.Count,
            ["description"] = term.Description ?? "",
            ["link"] = origin + (taxonomy == "category" ? Site.SiteUrls.Section(term.Slug) : Site.SiteUrls.Tag(term.Slug)),
            ["name"] = term.Name,
            ["slug"] = term.Slug,
            ["taxonomy"] = taxonomy,
        };
        if (taxonomy == "category") item["parent"] = term.Parent ?? 0;
        item["meta"] = new JsonArray();
        var links = new JsonObject
        {
            ["self"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/{route}/{term.Id}")),
            ["collection"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/{route}")),
            ["about"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/taxonomies/{taxonomy}")),
            ["wp:post_type"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/posts?{route}={term.Id}")),
        };
        if (term.Parent is { } parent) links["up"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/categories/{parent}", embeddable: true));
        item["_links"] = links;
        return item;
    }
}
