using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;

namespace Warta.Web.Api;

/// <summary>
/// <c>/wp/v2/users</c>: the people in bylines (Warta's authors) who have published work a reader can see, with public
/// fields only: never an email address, never a staff account's details.
/// </summary>
public sealed class WpUsers(WartaDb db, TimeProvider clock)
{
    private static readonly string[] Orderings = ["id", "include", "name", "registered_date", "slug", "include_slugs", "email", "url"];

    public sealed record User(int Id, string Name, string Slug, string? Bio);

    public async Task<IResult> ListAsync(HttpContext http, CancellationToken ct)
    {
        var problems = new Dictionary<string, string>();
        var listing = WpListing.Read(http.Request.Query, problems, "name", Orderings, defaultAscending: true);
        if (listing.OrderBy is "email" or "registered_date") return WpError.Of("rest_forbidden_orderby", "Sorry, you are not allowed to order users by this parameter.", 401);
        if (problems.Count > 0) return WpError.InvalidParameters(problems);
        IEnumerable<User> users = await PublishedAsync(null, ct);
        if (listing.Include.Count > 0) users = users.Where(u => listing.Include.Contains(u.Id));
        if (listing.Exclude.Count > 0) users = users.Where(u => !listing.Exclude.Contains(u.Id));
        if (listing.Slugs.Count > 0) users = users.Where(u => listing.Slugs.Contains(u.Slug));
        if (listing.Search is { } words) users = users.Where(u => u.Name.Contains(words, StringComparison.OrdinalIgnoreCase) || u.Slug.Contains(words, StringComparison.OrdinalIgnoreCase));
        users = listing.OrderBy switch
        {
            "id" => listing.Ascending ? users.OrderBy(u => u.Id) : users.OrderByDescending(u => u.Id),
            "slug" => listing.Ascending ? users.OrderBy(u => u.Slug, StringComparer.Ordinal) : users.OrderByDescending(u => u.Slug, StringComparer.Ordinal),
            "include" when listing.Include.Count > 0 => users.OrderBy(u => listing.Include.ToList().IndexOf(u.Id)),
            _ => listing.Ascending ? users.OrderBy(u => u.Name, StringComparer.CurrentCultureIgnoreCase) : users.OrderByDescending(u => u.Name, StringComparer.CurrentCultureIgnoreCase),
        };
        var origin = Site.PublicOrigin.Of(http);
        return listing.Answer(http, users.ToList(), u => Shape(u, origin), Caching.CacheTags.Site, Caching.CacheTags.Syndication);
    }

    public async Task<IResult> OneAsync(HttpContext http, int id, CancellationToken ct)
    {
        if ((await PublishedAsync([id], ct)).FirstOrDefault() is not { } user) return WpError.InvalidId("user");
        Caching.CacheTags.Add(http, Caching.CacheTags.Author(id), Caching.CacheTags.Syndication);
        return WpShape.Json(WpShape.Fields(Shape(user, Site.PublicOrigin.Of(http)), http));
    }

    /// <summary>
    /// <c>/wp/v2/users/me</c>: the member of staff an application password names, as their byline profile (its id is
    /// the one their stories' <c>author</c> field carries), with <c>roles</c> as WordPress adds for the account itself.
    /// </summary>
    public async Task<IResult> MeAsync(HttpContext http, CancellationToken ct)
    {
        if (http.User.Identity?.IsAuthenticated != true || !int.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
            return WpError.Of("rest_not_logged_in", "You are not currently logged in.", 401);
        var account = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.DisplayName, u.AuthorId, Author = u.Author == null ? null : new User(u.Author.Id, u.Author.Name, u.Author.Slug, u.Author.Bio) })
            .SingleAsync(ct);
        var shape = Shape(account.Author ?? new User(0, account.DisplayName, "", null), Site.PublicOrigin.Of(http));
        shape["roles"] = new JsonArray(Newsroom.Accounts.NewsroomRoles.All.Where(http.User.IsInRole).Select(r => (JsonNode?)r).ToArray());
        return WpShape.Json(WpShape.Fields(shape, http));
    }

    /// <summary>Authors credited on at least one story a reader can see (optionally only these ids).</summary>
    public async Task<List<User>> PublishedAsync(IReadOnlyList<int>? ids, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var visible = db.Articles.VisibleAt(now);
        var authors = db.Authors.AsNoTracking().Where(a => db.Bylines.Any(b => b.AuthorId == a.Id && visible.Any(v => v.Id == b.ArticleId)));
        if (ids is not null) authors = authors.Where(a => ids.Contains(a.Id));
        return await authors.Select(a => new User(a.Id, a.Name, a.Slug, a.Bio)).ToListAsync(ct);
    }

    public static JsonObject Shape(User user, string origin) => new()
    {
        ["id"] = user.Id,
        ["name"] = user.Name,
        ["url"] = "",
        ["description"] = user.Bio ?? "",
        ["link"] = origin + Site.SiteUrls.Author(user.Slug),
        ["slug"] = user.Slug,
        // WordPress gives Gravatar addresses built from the account's email; Warta never derives anything from one.
        ["avatar_urls"] = new JsonObject(),
        ["meta"] = new JsonArray(),
        ["_links"] = new JsonObject
        {
            ["self"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/users/{user.Id}")),
            ["collection"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/users")),
        },
    };
}
