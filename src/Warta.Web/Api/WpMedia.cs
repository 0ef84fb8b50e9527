using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Media;
using Warta.Web.Settings;

namespace Warta.Web.Api;

/// <summary>
/// <c>/wp/v2/media</c>: the library as WordPress lists it publicly: items used by published content or by nothing,
/// never an item used only by stories a reader cannot see (drafts, scheduled, password-protected, trashed). Those
/// stories are few, so they are read for the items they use, and only those items are checked against what readers see.
/// </summary>
public sealed partial class WpMedia(WartaDb db, SiteSettingsCache settings, TimeProvider clock)
{
    private static readonly string[] Orderings = ["date", "id", "include", "title", "slug", "modified"];

    public async Task<IResult> ListAsync(HttpContext http, CancellationToken ct)
    {
        var query = http.Request.Query;
        var problems = new Dictionary<string, string>();
        var listing = WpListing.Read(query, problems, "date", Orderings);
        var mediaType = WpListing.One(query, "media_type");
        if (mediaType is not null and not ("image" or "file")) problems["media_type"] = "media_type is not one of image, video, text, application, audio.";
        var mime = WpListing.One(query, "mime_type");
        if (problems.Count > 0) return WpError.InvalidParameters(problems);

        var hidden = await HiddenAsync(ct);
        IEnumerable<MediaItem> items = (await db.MediaItems.AsNoTracking().ToListAsync(ct)).Where(m => !hidden.Contains(m.Id));
        if (listing.Include.Count > 0) items = items.Where(m => listing.Include.Contains(m.Id));
        if (listing.Exclude.Count > 0) items = items.Where(m => !listing.Exclude.Contains(m.Id));
        if (listing.Slugs.Count > 0) items = items.Where(m => listing.Slugs.Contains(Slug(m)));
        if (listing.Search is { } words) items = items.Where(m => m.OriginalName.Contains(words, StringComparison.OrdinalIgnoreCase) || m.Alt.Contains(words, StringComparison.OrdinalIgnoreCase) || (m.Caption ?? "").Contains(words, StringComparison.OrdinalIgnoreCase));
        if (mediaType is not null) items = items.Where(m => m.IsImage == (mediaType == "image"));
        if (mime is not null) items = items.Where(m => m.ContentType == mime);
        items = (listing.OrderBy, listing.Ascending) switch
        {
            ("id", var up) => up ? items.OrderBy(m => m.Id) : items.OrderByDescending(m => m.Id),
            ("title" or "slug", var up) => up ? items.OrderBy(m => Slug(m), StringComparer.Ordinal) : items.OrderByDescending(m => Slug(m), StringComparer.Ordinal),
            ("include", _) when listing.Include.Count > 0 => items.OrderBy(m => listing.Include.ToList().IndexOf(m.Id)),
            (_, true) => items.OrderBy(m => m.UploadedAt).ThenBy(m => m.Id),
            _ => items.OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id),
        };
        var origin = Site.PublicOrigin.Of(http);
        return listing.Answer(http, items.ToList(), m => Shape(m, origin), Caching.CacheTags.AllArticles, Caching.CacheTags.Syndication);
    }

    public async Task<IResult> OneAsync(HttpContext http, int id, CancellationToken ct)
    {
        var item = await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (item is null || (await HiddenAsync(ct)).Contains(id)) return WpError.InvalidId("post");
        Caching.CacheTags.Add(http, Caching.CacheTags.AllArticles, Caching.CacheTags.Syndication);
        return WpShape.Json(WpShape.Fields(Shape(item, Site.PublicOrigin.Of(http)), http));
    }

    /// <summary>Items used by a story readers cannot see and by nothing they can see.</summary>
    private async Task<HashSet<int>> HiddenAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var visible = db.Articles.VisibleAt(now);
        var unseen = await db.Articles.AsNoTracking().Where(a => !visible.Any(v => v.Id == a.Id))
            .Select(a => new { a.FeaturedImageUrl, a.Body }).ToListAsync(ct);
        // File names as written in those stories; a variant or crop (stem-640.jpg, stem-card.jpg) begins with its item's stem.
        var files = unseen.SelectMany(a => Files(a.FeaturedImageUrl + "\n" + a.Body)).ToHashSet(StringComparer.Ordinal);
        if (files.Count == 0) return [];
        var candidates = (await db.MediaItems.AsNoTracking().Select(m => new { m.Id, m.Url }).ToListAsync(ct))
            .Where(m => files.Any(f => f.StartsWith(StemOf(m.Url), StringComparison.Ordinal))).ToList();
        var hidden = new HashSet<int>();
        foreach (var m in candidates)
        {
            var stem = StemOf(m.Url);
            var seen = await visible.AnyAsync(a => (a.FeaturedImageUrl != null && a.FeaturedImageUrl.Contains(stem)) || a.Body.Contains(stem), ct)
                || await db.Pages.AnyAsync(p => p.IsPublished && p.Body.Contains(stem), ct)
                || await db.Authors.AnyAsync(a => a.PhotoUrl != null && a.PhotoUrl.Contains(stem), ct)
                || await db.SiteSettings.AnyAsync(s => (s.LogoUrl != null && s.LogoUrl.Contains(stem)) || (s.FaviconUrl != null && s.FaviconUrl.Contains(stem))
                    || (s.PublisherLogoUrl != null && s.PublisherLogoUrl.Contains(stem)), ct);
            if (!seen) hidden.Add(m.Id);
        }
        return hidden;
    }

    /// <summary>The stored file's random stem, which every variant's and crop's address contains.</summary>
    private static string StemOf(string url) => url[(url.LastIndexOf('/') + 1)..(url.LastIndexOf('.') is var dot && dot > url.LastIndexOf('/') ? dot : url.Length)];

    private static IEnumerable<string> Files(string text) =>
        MediaAddress().Matches(text).Select(m => m.Groups["file"].Value);

    [GeneratedRegex(@"/media/(?:[^/""'\s)]+/)*(?<file>[^/""'\s)]+)")]
    private static partial Regex MediaAddress();

    private static string Slug(MediaItem m) => Articles.Slug.From(Path.GetFileNameWithoutExtension(m.OriginalName));

    /// <summary>One item in WordPress's attachment shape (also the answer to a write).</summary>
    public JsonObject Shape(MediaItem m, string origin)
    {
        var site = settings.Current;
        var caption = m.Caption is null ? "" : $"<p>{System.Net.WebUtility.HtmlEncode(m.Caption)}</p>\n";
        return new JsonObject
        {
            ["id"] = m.Id,
            ["date"] = WpShape.Date(site.Time.ToLocal(m.UploadedAt)),
            ["date_gmt"] = WpShape.Date(m.UploadedAt),
            ["guid"] = WpShape.Rendered(origin + m.Url),
            ["modified"] = WpShape.Date(site.Time.ToLocal(m.UploadedAt)),
            ["modified_gmt"] = WpShape.Date(m.UploadedAt),
            ["slug"] = Slug(m),
            ["status"] = "inherit",
            ["type"] = "attachment",
            ["link"] = origin + m.Url,
            ["title"] = WpShape.Rendered(System.Net.WebUtility.HtmlEncode(Path.GetFileNameWithoutExtension(m.OriginalName))),
            ["author"] = 0,
            ["comment_status"] = "closed",
            ["ping_status"] = "closed",
            ["template"] = "",
            ["meta"] = new JsonArray(),
            ["description"] = WpShape.Rendered(caption),
            ["caption"] = WpShape.Rendered(caption),
            ["alt_text"] = m.Alt,
            ["media_type"] = m.IsImage ? "image" : "file",
            ["mime_type"] = m.ContentType,
            ["media_details"] = new JsonObject
            {
                ["width"] = m.Width,
                ["height"] = m.Height,
                ["file"] = m.Url.TrimStart('/'),
                ["filesize"] = m.Bytes,
                ["sizes"] = new JsonObject(m.VariantWidths.Select(w => KeyValuePair.Create($"w{w}", (JsonNode?)new JsonObject
                {
                    ["width"] = w,
                    ["height"] = m.Width == 0 ? 0 : (int)Math.Round(m.Height * (double)w / m.Width),
                    ["mime_type"] = m.ContentType,
                    ["source_url"] = origin + m.VariantUrl(w),
                }))),
            },
            ["post"] = null,
            ["source_url"] = origin + m.Url,
            ["_links"] = new JsonObject
            {
                ["self"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/media/{m.Id}")),
                ["collection"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/media")),
                ["about"] = WpShape.Links(WpShape.Link($"{origin}/wp-json/wp/v2/types/attachment")),
            },
        };
    }
}
