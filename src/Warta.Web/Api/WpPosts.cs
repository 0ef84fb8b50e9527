using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Articles.Body;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;
using Warta.Web.Resources;
using Warta.Web.Search;
using Warta.Web.Settings;

namespace Warta.Web.Api;

/// <summary>
/// <c>/wp/v2/posts</c>: stories in WordPress's post shape. Anonymous readers get what the site shows them (open, due
/// stories); a password-protected story is never listed, and asked for by id it comes with <c>content.protected</c>
/// and no text unless the <c>password</c> parameter is right, as WordPress answers. Staff calling with an application
/// password also see the drafts, reviews, scheduled and trashed stories they may edit (<c>status</c>), and with
/// <c>context=edit</c> the raw words of those they may edit.
/// </summary>
public sealed class WpPosts(
    WartaDb db, BodyRenderer renderer, BacaJugaLinks bacaJuga, ArticleSearch search, SiteSettingsCache settings,
    TimeProvider clock, IStringLocalizer<SharedResource> text, CurrentStaff current)
{
    private static readonly string[] Orderings = ["date", "id", "include", "title", "slug", "modified", "relevance"];

    public async Task<IResult> ListAsync(HttpContext http, CancellationToken ct)
    {
        var query = http.Request.Query;
        var site = settings.Current;
        var problems = new Dictionary<string, string>();
        var listing = WpListing.Read(query, problems, WpListing.One(query, "search") is { Length: > 0 } ? "relevance" : "date", Orderings);
        var categories = WpListing.Ids(query, "categories", problems);
        var categoriesExcluded = WpListing.Ids(query, "categories_exclude", problems);
        var tags = WpListing.Ids(query, "tags", problems);
        var tagsExcluded = WpListing.Ids(query, "tags_exclude", problems);
        var authors = WpListing.Ids(query, "author", problems);
        var authorsExcluded = WpListing.Ids(query, "author_exclude", problems);
        var after = WpListing.Date(query, "after", site.Time.Zone, problems);
        var before = WpListing.Date(query, "before", site.Time.Zone, problems);
        var modifiedAfter = WpListing.Date(query, "modified_after", site.Time.Zone, problems);
        var modifiedBefore = WpListing.Date(query, "modified_before", site.Time.Zone, problems);
        var sticky = WpListing.One(query, "sticky");
        if (sticky is not null and not ("true" or "false" or "1" or "0")) problems["sticky"] = "sticky is not of type boolean.";
        if (listing.OrderBy == "relevance" && listing.Search is null) problems["orderby"] = "You need to define a search term to order by relevance.";
        var statuses = WpListing.List(query, "status");
        if (statuses.FirstOrDefault(s => s != "any" && !WpStatus.Names.Contains(s)) is { } unknown)
            problems["status"] = $"status[0] is not one of {string.Join(", ", WpStatus.Names)}, any.";
        var staff = await current.GetAsync();
        if (statuses.Any(s => s != "publish") && staff?.Can(Capability.WriteDrafts) != true)
            return WpError.Of("rest_forbidden_status", "Status is forbidden.", staff is null ? 401 : 403);
        if (WpContext.Edit(http) && staff?.Can(Capability.WriteDrafts) != true) return WpContext.Forbidden(staff);
        if (problems.Count > 0) return WpError.InvalidParameters(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        var articles = statuses.Count == 0 || statuses is ["publish"] ? db.Articles.VisibleAt(now) : WpStatus.Filter(db.Articles, statuses, staff!, now);
        if (listing.Include.Count > 0) articles = articles.Where(a => listing.Include.Contains(a.Id));
        if (listing.Exclude.Count > 0) articles = articles.Where(a => !listing.Exclude.Contains(a.Id));
        if (listing.Slugs.Count > 0) articles = articles.Where(a => listing.Slugs.Contains(a.Slug));
        if (categories.Count > 0) articles = articles.Where(a => categories.Contains(a.SectionId));
        if (categoriesExcluded.Count > 0) articles = articles.Where(a => !categoriesExcluded.Contains(a.SectionId));
        if (tags.Count > 0) articles = articles.Where(a => a.Tags.Any(t => tags.Contains(t.Id)));
        if (tagsExcluded.Count > 0) articles = articles.Where(a => !a.Tags.Any(t => tagsExcluded.Contains(t.Id)));
        if (authors.Count > 0) articles = articles.Where(a => a.Bylines.Any(b => authors.Contains(b.AuthorId)));
        if (authorsExcluded.Count > 0) articles = articles.Where(a => !a.Bylines.Any(b => authorsExcluded.Contains(b.AuthorId)));
        if (after is { } from) articles = articles.Where(a => a.PublishedAt > from);
        if (before is { } to) articles = articles.Where(a => a.PublishedAt < to);
        if (modifiedAfter is { } mFrom) articles = articles.Where(a => (a.UpdatedAt ?? a.PublishedAt) > mFrom);
        if (modifiedBefore is { } mTo) articles = articles.Where(a => (a.UpdatedAt ?? a.PublishedAt) < mTo);
        if (sticky is not null) { var pinned = sticky is "true" or "1"; articles = articles.Where(a => a.IsPinned == pinned); }
        List<int>? ranked = null;
        if (listing.Search is { } words)
        {
            // The site's own search (stems, names, typos), not WordPress's LIKE: the same answers as /cari.
            ranked = search.Run(new SearchRequest(words, null, null, null, SearchSort.Relevance, 1, 1000)).Hits.Select(h => h.Id).ToList();
            articles = articles.Where(a => ranked.Contains(a.Id));
        }

        var total = await articles.CountAsync(ct);
        listing.WriteHeaders(http, total);
        if (total > 0 && listing.Skip >= total && listing.Offset is null) return WpError.PageTooLarge();
        var ids = listing.OrderBy switch
        {
            "relevance" or "include" => await InOrder(articles, listing, listing.OrderBy == "include" ? listing.Include : ranked!, ct),
            _ => await Ordered(articles, listing).Skip(listing.Skip).Take(listing.PerPage).Select(a => a.Id).ToListAsync(ct),
        };
        var items = await ItemsAsync(http, ids, password: null, staff, ct);
        Caching.CacheTags.Add(http, Caching.CacheTags.AllArticles, Caching.CacheTags.Syndication);
        return WpShape.Json(new JsonArray(items.Cast<JsonNode?>().ToArray()));
    }

    public async Task<IResult> OneAsync(HttpContext http, int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var staff = await current.GetAsync();
        // Due and published, with or without a password: its address answers, so its id does too. Anything else only
        // for staff who may edit it, and to everyone else as if it did not exist.
        if (!await db.Articles.ReachableAt(now).AnyAsync(a => a.Id == id, ct) && !await MayEditAsync(staff, id, ct)) return WpError.InvalidId("post");
        if (WpContext.Edit(http) && !await MayEditAsync(staff, id, ct)) return WpContext.Forbidden(staff);
        var item = (await ItemsAsync(http, [id], WpListing.One(http.Request.Query, "password"), staff, ct)).Single();
        Caching.CacheTags.Add(http, Caching.CacheTags.Article(id), Caching.CacheTags.Syndication);
        return WpShape.Json(item);
    }

    /// <summary>The story <paramref name="id"/> in the post shape, as its editor sees it (the answer to a write).</summary>
    public async Task<JsonObject> EditedAsync(HttpContext http, int id, StaffMember staff, CancellationToken ct) =>
        (await ItemsAsync(http, [id], password: null, staff, ct, forceEdit: true)).Single();

    private async Task<bool> MayEditAsync(StaffMember? staff, int id, CancellationToken ct) =>
        staff is not null && await db.Articles.AsNoTracking().Include(a => a.Bylines).SingleOrDefaultAsync(a => a.Id == id, ct) is { } article && staff.CanEdit(article);

    private static IQueryable<Article> Ordered(IQueryable<Article> articles, WpListing c) => (c.OrderBy, c.Ascending) switch
    {
        ("id", true) => articles.OrderBy(a => a.Id),
        ("id", false) => articles.OrderByDescending(a => a.Id),
        ("title", true) => articles.OrderBy(a => a.Headline).ThenBy(a => a.Id),
        ("title", false) => articles.OrderByDescending(a => a.Headline).ThenByDescending(a => a.Id),
        ("slug", true) => articles.OrderBy(a => a.Slug),
        ("slug", false) => articles.OrderByDescending(a => a.Slug),
        ("modified", true) => articles.OrderBy(a => a.UpdatedAt ?? a.PublishedAt).ThenBy(a => a.Id),
        ("modified", false) => articles.OrderByDescending(a => a.UpdatedAt ?? a.PublishedAt).ThenByDescending(a => a.Id),
        (_, true) => articles.OrderBy(a => a.PublishedAt).ThenBy(a => a.Id),
        _ => articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id),
    };

    /// <summary>The page of <paramref name="order"/> (ids in a given order) that the query keeps.</summary>
    private static async Task<List<int>> InOrder(IQueryable<Article> articles, WpListing c, IReadOnlyList<int> order, CancellationToken ct)
    {
        var kept = (await articles.Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        var ids = order.Where(kept.Contains).Distinct();
        if (c.Ascending && c.OrderBy == "relevance") ids = ids.Reverse();
        return ids.Skip(c.Skip).Take(c.PerPage).ToList();
    }

    private async Task<List<JsonObject>> ItemsAsync(HttpContext http, IReadOnlyList<int> ids, string? password, StaffMember? staff, CancellationToken ct, bool forceEdit = false)
    {
        var site = settings.Current;
        var now = clock.GetUtcNow().UtcDateTime;
        var origin = Site.PublicOrigin.Of(http);
        var edit = forceEdit || WpContext.Edit(http);
        var rows = await db.Articles.AsNoTracking().Include(a => a.Bylines).Include(a => a.Tags).Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        var images = rows.Select(r => r.FeaturedImageUrl).OfType<string>().Distinct().ToList();
        var media = await db.MediaItems.AsNoTracking().Where(m => images.Contains(m.Url))
            .Select(m => new { m.Url, m.Id }).ToListAsync(ct);
        var mediaIds = media.GroupBy(m => m.Url).ToDictionary(g => g.Key, g => g.Min(m => m.Id));
        int? AuthorOf(Article a) => a.Bylines.OrderBy(b => b.Position).Select(b => (int?)b.AuthorId).FirstOrDefault();
        List<int> TagsOf(Article a) => a.Tags.Select(t => t.Id).Order().ToList();
        var embed = WpShape.WantsEmbed(http) ? await WpEmbeds.ForPostsAsync(db, http, rows.Select(r => (AuthorOf(r) ?? 0, r.SectionId, (IReadOnlyList<int>)TagsOf(r))).ToList(), ct) : null;

        var items = new List<JsonObject>();
        var position = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        foreach (var r in rows.OrderBy(r => position[r.Id]))
        {
            var raw = edit && staff is not null && staff.CanEdit(r);
            var published = r.PublishedAt ?? r.UpdatedAt ?? r.CreatedAt;
            var modified = r.UpdatedAt is { } u && u > published ? u : published;
            var isProtected = r.Password is not null;
            var open = !isProtected || password == r.Password || raw;
            var html = open
                ? Feeds.AbsoluteLinks.Rewrite(await bacaJuga.ComposeAsync(renderer.Render(r.Id, r.Body, r.BodyFormat), text["BacaJuga"], now, site.Time.Zone, ct), origin)
                : "";
            var excerpt = open ? $"<p>{System.Net.WebUtility.HtmlEncode(r.Dek ?? PlainExcerpt.Of(html, 220, " […]"))}</p>\n" : "";
            var author = AuthorOf(r) ?? 0;
            var tags = TagsOf(r);
            var featured = r.FeaturedImageUrl is { } image && mediaIds.TryGetValue(image, out var mediaId) ? mediaId : 0;
            var self = $"{origin}/wp-json/wp/v2/posts/{r.Id}";
            var links = new JsonObject
            {
                ["self"] = WpShape.Links(WpShape.Link(self)),
                ["collection"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/posts")),
                ["about"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/types/post")),
                ["author"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/users/{author}", embeddable: true)),
                ["replies"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/comments?post={r.Id}", embeddable: true)),
                ["wp:attachment"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/media?parent={r.Id}")),
                ["wp:term"] = WpShape.Links(
                    WpShape.Link($"{origin}/wp-json/wp/v2/categories?post={r.Id}", embeddable: true, taxonomy: "category"),
                    WpShape.Link($"{origin}/wp-json/wp/v2/tags?post={r.Id}", embeddable: true, taxonomy: "post_tag")),
            };
            if (featured > 0) links["wp:featuredmedia"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/media/{featured}", embeddable: true));
            var status = WpStatus.Of(r.Status);
            var title = r.HeadlineHtml is { } h ? HeadlineMarkup.Sanitize(h) : System.Net.WebUtility.HtmlEncode(r.Headline);
            var item = new JsonObject
            {
                ["id"] = r.Id,
                ["date"] = WpShape.Date(site.Time.ToLocal(published)),
                // As WordPress: a story never published has no GMT date yet.
                ["date_gmt"] = r.PublishedAt is null ? null : WpShape.Date(published),
                ["guid"] = WpShape.Rendered($"{origin}/?p={r.Id}"),
                ["modified"] = WpShape.Date(site.Time.ToLocal(modified)),
                ["modified_gmt"] = WpShape.Date(modified),
                ["slug"] = r.Slug,
                ["status"] = status,
                ["type"] = "post",
                ["link"] = status == "publish" ? origin + Permalink.For(r.Slug, published, site.Time.Zone) : $"{origin}/?p={r.Id}",
                ["title"] = raw ? new JsonObject { ["raw"] = r.Headline, ["rendered"] = title } : WpShape.Rendered(title),
                ["content"] = raw
                    ? new JsonObject { ["raw"] = r.Body, ["rendered"] = html, ["protected"] = isProtected, ["block_version"] = 0 }
                    : new JsonObject { ["rendered"] = html, ["protected"] = isProtected },
                ["excerpt"] = raw
                    ? new JsonObject { ["raw"] = r.Dek ?? "", ["rendered"] = excerpt, ["protected"] = isProtected }
                    : new JsonObject { ["rendered"] = excerpt, ["protected"] = isProtected },
                ["author"] = author,
                ["featured_media"] = featured,
                ["comment_status"] = r.CommentsOpen ? "open" : "closed",
                ["ping_status"] = "closed",
                ["sticky"] = r.IsPinned,
                ["template"] = "",
                ["format"] = "standard",
                ["meta"] = new JsonArray(),
                ["categories"] = new JsonArray(r.SectionId),
                ["tags"] = new JsonArray(tags.Select(t => (JsonNode?)t).ToArray()),
                ["_links"] = links,
            };
            if (raw)
            {
                item["password"] = r.Password ?? "";
                item["permalink_template"] = origin + Permalink.For("%postname%", published, site.Time.Zone);
                item["generated_slug"] = Slug.From(r.Headline);
            }
            if (embed is not null) item["_embedded"] = embed.For(author, r.SectionId, tags);
            items.Add(WpShape.Fields(item, http));
        }
        return items;
    }
}
