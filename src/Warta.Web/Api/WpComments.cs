using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Comments;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Settings;

namespace Warta.Web.Api;

/// <summary>
/// <c>/wp/v2/comments</c> (reading): approved comments on stories a reader can see, in WordPress's comment shape;
/// for staff who moderate, also those held, marked as spam or in the trash (<c>status</c>). Never a commenter's email
/// or address, to anyone (WordPress omits <c>author_email</c> and <c>author_ip</c> in the view context too); an erased
/// comment keeps its place without words or name, as on the page.
/// </summary>
public sealed class WpComments(WartaDb db, CommentText commentText, SiteSettingsCache settings, TimeProvider clock, CurrentStaff current)
{
    private static readonly string[] Orderings = ["date", "date_gmt", "id", "include", "post", "parent", "type"];

    public async Task<IResult> ListAsync(HttpContext http, CancellationToken ct)
    {
        var query = http.Request.Query;
        var problems = new Dictionary<string, string>();
        var listing = WpListing.Read(query, problems, "date_gmt", Orderings);
        var posts = WpListing.Ids(query, "post", problems);
        var parents = WpListing.Ids(query, "parent", problems);
        var parentsExcluded = WpListing.Ids(query, "parent_exclude", problems);
        var site = settings.Current;
        var after = WpListing.Date(query, "after", site.Time.Zone, problems);
        var before = WpListing.Date(query, "before", site.Time.Zone, problems);
        var statuses = WpListing.List(query, "status");
        var moderating = statuses.Any(s => s is not ("approve" or "approved"));
        if (moderating && (await current.GetAsync())?.Can(Capability.ModerateComments) != true)
            return WpError.Of("rest_forbidden_param", "Query parameter not permitted: status", http.User.Identity?.IsAuthenticated == true ? 403 : 401);
        var wanted = statuses.Select(WpCommentStatus.Parse).ToList();
        if (moderating && wanted.Contains(null)) problems["status"] = "status is not one of approved, hold, spam, trash, all.";
        if (WpListing.List(query, "type").Any(t => t != "comment")) return WpError.Of("rest_forbidden_param", "Query parameter not permitted: type", 401);
        if (query.ContainsKey("author_email")) return WpError.Of("rest_forbidden_param", "Query parameter not permitted: author_email", 401);
        if (problems.Count > 0) return WpError.InvalidParameters(problems);

        var comments = moderating ? Moderated(statuses.Contains("all") ? null : wanted.OfType<CommentStatus>().ToList()) : Visible();
        if (posts.Count > 0) comments = comments.Where(c => posts.Contains(c.ArticleId));
        if (parents.Count > 0) comments = comments.Where(c => parents.Contains(c.ParentId ?? 0));
        if (parentsExcluded.Count > 0) comments = comments.Where(c => !parentsExcluded.Contains(c.ParentId ?? 0));
        if (listing.Include.Count > 0) comments = comments.Where(c => listing.Include.Contains(c.Id));
        if (listing.Exclude.Count > 0) comments = comments.Where(c => !listing.Exclude.Contains(c.Id));
        if (after is { } from) comments = comments.Where(c => c.CreatedAt > from);
        if (before is { } to) comments = comments.Where(c => c.CreatedAt < to);
        if (listing.Search is { } words) comments = comments.Where(c => c.Text != null && c.Text.Contains(words));
        comments = (listing.OrderBy, listing.Ascending) switch
        {
            ("id", true) => comments.OrderBy(c => c.Id),
            ("id", false) => comments.OrderByDescending(c => c.Id),
            ("post", true) => comments.OrderBy(c => c.ArticleId).ThenBy(c => c.Id),
            ("post", false) => comments.OrderByDescending(c => c.ArticleId).ThenByDescending(c => c.Id),
            ("parent", true) => comments.OrderBy(c => c.ParentId).ThenBy(c => c.Id),
            ("parent", false) => comments.OrderByDescending(c => c.ParentId).ThenByDescending(c => c.Id),
            (_, true) => comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
            _ => comments.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id),
        };
        var total = await comments.CountAsync(ct);
        listing.WriteHeaders(http, total);
        if (total > 0 && listing.Skip >= total && listing.Offset is null) return WpError.PageTooLarge();
        var rows = await Project(comments.Skip(listing.Skip).Take(listing.PerPage)).ToListAsync(ct);
        var origin = Site.PublicOrigin.Of(http);
        Caching.CacheTags.Add(http, posts.Count > 0 ? posts.Select(Caching.CacheTags.Article) : [Caching.CacheTags.AllArticles, Caching.CacheTags.Syndication]);
        return WpShape.Json(new JsonArray(rows.Select(r => (JsonNode?)WpShape.Fields(Shape(r, origin), http)).ToArray()));
    }

    /// <summary>One comment in any status, as the staff member who wrote or moderated it sees it (the answer to a write).</summary>
    public async Task<JsonObject> ShapeAsync(HttpContext http, int id, CancellationToken ct) =>
        Shape(await Project(db.Comments.AsNoTracking().Where(c => c.Id == id)).SingleAsync(ct), Site.PublicOrigin.Of(http));

    /// <summary>Comments in these states (null: every state) on any story: the moderation queue, as the newsroom's.</summary>
    private IQueryable<Comment> Moderated(List<CommentStatus>? states) =>
        db.Comments.AsNoTracking().Where(c => c.Kind == CommentKind.Comment && (states == null || states.Contains(c.Status)));

    public async Task<IResult> OneAsync(HttpContext http, int id, CancellationToken ct)
    {
        var row = await Project(Visible().Where(c => c.Id == id)).FirstOrDefaultAsync(ct);
        if (row is null) return WpError.InvalidId("comment");
        Caching.CacheTags.Add(http, Caching.CacheTags.Article(row.ArticleId));
        return WpShape.Json(WpShape.Fields(Shape(row, Site.PublicOrigin.Of(http)), http));
    }

    private IQueryable<Comment> Visible()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stories = db.Articles.VisibleAt(now);
        return db.Comments.AsNoTracking()
            .Where(c => c.Status == CommentStatus.Approved && c.Kind == CommentKind.Comment && stories.Any(a => a.Id == c.ArticleId));
    }

    private sealed record Row(int Id, int ArticleId, int? ParentId, string? AuthorName, string? AuthorUrl, string? Text, DateTime CreatedAt, bool Erased, string Slug, DateTime? PublishedAt, CommentStatus Status);

    private IQueryable<Row> Project(IQueryable<Comment> comments) =>
        comments.Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new Row(
            c.Id, c.ArticleId, c.ParentId, c.AuthorName, c.AuthorUrl, c.Text, c.CreatedAt, c.ErasedAt != null, a.Slug, a.PublishedAt, c.Status));

    private JsonObject Shape(Row c, string origin)
    {
        var site = settings.Current;
        var link = c.PublishedAt is { } published ? origin + Permalink.For(c.Slug, published, site.Time.Zone) + $"#comment-{c.Id}" : $"{origin}/?p={c.ArticleId}";
        var links = new JsonObject
        {
            ["self"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/comments/{c.Id}")),
            ["collection"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/comments")),
            ["up"] = WpShape.Links(new JsonObject { ["embeddable"] = true, ["post_type"] = "post", ["href"] = $"{origin}/wp-json/wp/v2/posts/{c.ArticleId}" }),
        };
        if (c.ParentId is { } parent) links["in-reply-to"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/comments/{parent}", embeddable: true));
        return new JsonObject
        {
            ["id"] = c.Id,
            ["post"] = c.ArticleId,
            ["parent"] = c.ParentId ?? 0,
            ["author"] = 0,
            ["author_name"] = c.Erased ? "" : c.AuthorName ?? "",
            ["author_url"] = c.Erased ? "" : c.AuthorUrl ?? "",
            ["date"] = WpShape.Date(site.Time.ToLocal(c.CreatedAt)),
            ["date_gmt"] = WpShape.Date(c.CreatedAt),
            ["content"] = WpShape.Rendered(c.Erased || c.Text is null ? "" : commentText.ToHtmlCached(c.Id, c.Text)),
            ["link"] = link,
            ["status"] = WpCommentStatus.Of(c.Status),
            ["type"] = "comment",
            // WordPress builds Gravatar addresses from the commenter's email: Warta derives nothing from it.
            ["author_avatar_urls"] = new JsonObject(),
            ["meta"] = new JsonArray(),
            ["_links"] = links,
        };
    }
}
