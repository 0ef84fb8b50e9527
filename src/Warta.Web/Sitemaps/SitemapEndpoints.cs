using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Feeds;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Sitemaps;

/// <summary>
/// <c>/sitemap.xml</c> (an index), one article sitemap per month (each well under the 50,000-URL limit),
/// sections, tags, authors, a Google News sitemap of the last 48 hours, and <c>/robots.txt</c> pointing at them.
/// </summary>
public static class SitemapEndpoints
{
    private static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);
    private const string Xml = "application/xml; charset=utf-8";
    private static readonly string[] Listings = ["sections", "tags", "authors", "news"];

    public static IEndpointRouteBuilder MapSitemaps(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpContext http) =>
            Results.Text($"User-agent: *\nDisallow: /newsroom/\n\nSitemap: {BaseUrl(http)}/sitemap.xml\nSitemap: {BaseUrl(http)}/sitemap-news.xml\n", "text/plain; charset=utf-8"));
        app.MapGet("/sitemap.xml", IndexAsync);
        app.MapGet("/sitemap-articles-{year:int}-{month:int}.xml", MonthAsync);
        app.MapGet("/sitemap-sections.xml", SectionsAsync);
        app.MapGet("/sitemap-tags.xml", TagsAsync);
        app.MapGet("/sitemap-authors.xml", AuthorsAsync);
        app.MapGet("/sitemap-news.xml", NewsAsync);
        return app;
    }

    private static async Task<IResult> IndexAsync(HttpContext http, WartaDb db, SiteSettingsCache settings, TimeProvider clock, CancellationToken ct)
    {
        var site = settings.Current;
        var times = await db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime)
            .Select(a => new { Published = a.PublishedAt!.Value, a.UpdatedAt }).ToListAsync(ct);
        var months = times
            .GroupBy(t => { var local = site.Time.ToLocal(t.Published); return (local.Year, local.Month); })
            .OrderByDescending(g => g.Key)
            .Select(g => new SitemapXml.Entry(
                string.Create(CultureInfo.InvariantCulture, $"{BaseUrl(http)}/sitemap-articles-{g.Key.Year:D4}-{g.Key.Month:D2}.xml"),
                site.Time.FormatIso(g.Max(t => t.UpdatedAt is { } u && u > t.Published ? u : t.Published))));
        DateTime? latest = times.Count == 0 ? null : times.Max(t => t.UpdatedAt is { } u && u > t.Published ? u : t.Published);
        var lastmod = latest is { } l ? site.Time.FormatIso(l) : null;
        var entries = months.Concat(Listings
            .Select(kind => new SitemapXml.Entry($"{BaseUrl(http)}/sitemap-{kind}.xml", lastmod)));
        Caching.CacheTags.Add(http, Caching.CacheTags.Syndication);
        Caching.ContentTime.Set(http, latest);
        return Results.Bytes(SitemapXml.Index(entries.ToList()), Xml);
    }

    private static async Task<IResult> MonthAsync(int year, int month, HttpContext http, WartaDb db, SiteSettingsCache settings, TimeProvider clock, CancellationToken ct)
    {
        if (ArchiveRange.Parse(year.ToString("D4", CultureInfo.InvariantCulture), month.ToString("D2", CultureInfo.InvariantCulture), null) is not { } range)
            return Results.NotFound();
        var site = settings.Current;
        var (from, to) = range.ToUtc(site.Time);
        var rows = await db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime)
            .Where(a => a.PublishedAt >= from && a.PublishedAt < to).Newest()
            .Select(a => new { a.Slug, Published = a.PublishedAt!.Value, a.UpdatedAt }).ToListAsync(ct);
        if (rows.Count == 0) return Results.NotFound();
        var entries = rows.Select(r => new SitemapXml.Entry(
            BaseUrl(http) + Permalink.For(r.Slug, r.Published, site.Time.Zone),
            site.Time.FormatIso(r.UpdatedAt is { } u && u > r.Published ? u : r.Published))).ToList();
        Caching.CacheTags.Add(http, Caching.CacheTags.Syndication);
        Caching.ContentTime.Set(http, rows.Max(r => r.UpdatedAt is { } u && u > r.Published ? u : r.Published));
        return Results.Bytes(SitemapXml.UrlSet(entries), Xml);
    }

    private static async Task<IResult> SectionsAsync(HttpContext http, WartaDb db, SiteSettingsCache settings, TimeProvider clock, CancellationToken ct)
    {
        var latest = await db.Articles.VisibleAt(clock.GetUtcNow().UtcDateTime).GroupBy(a => a.SectionId)
            .Select(g => new { g.Key, Latest = g.Max(a => a.PublishedAt) }).ToDictionaryAsync(g => g.Key, g => g.Latest, ct);
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => new { s.Id, s.Slug }).ToListAsync(ct);
        return Listing(http, settings.Current, sections.Select(s => (SiteUrls.Section(s.Slug), latest.GetValueOrDefault(s.Id))));
    }

    private static async Task<IResult> TagsAsync(HttpContext http, WartaDb db, SiteSettingsCache settings, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tags = await db.Tags.AsNoTracking()
            .Select(t => new { t.Slug, Latest = t.Articles.AsQueryable().Where(ArticleVisibility.Open).Where(a => a.PublishedAt <= now).Max(a => a.PublishedAt) })
            .Where(t => t.Latest != null).OrderBy(t => t.Slug).ToListAsync(ct);
        return Listing(http, settings.Current, tags.Select(t => (SiteUrls.Tag(t.Slug), t.Latest)));
    }

    private static async Task<IResult> AuthorsAsync(HttpContext http, WartaDb db, SiteSettingsCache settings, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var authors = await db.Authors.AsNoTracking()
            .Select(au => new
            {
                au.Slug,
                Latest = db.Articles.VisibleAt(now).Where(a => a.Bylines.Any(b => b.AuthorId == au.Id)).Max(a => a.PublishedAt),
            })
            .Where(a => a.Latest != null).OrderBy(a => a.Slug).ToListAsync(ct);
        return Listing(http, settings.Current, authors.Select(a => (SiteUrls.Author(a.Slug), a.Latest)));
    }

    private static async Task<IResult> NewsAsync(HttpContext http, WartaDb db, SiteSettingsCache settings, TimeProvider clock, CancellationToken ct)
    {
        var site = settings.Current;
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - NewsWindow;
        var rows = await db.Articles.VisibleAt(now).Where(a => a.PublishedAt >= since).Newest().Take(1000)
            .Select(a => new { a.Slug, a.Headline, a.Language, Published = a.PublishedAt!.Value }).ToListAsync(ct);
        var entries = rows.Select(r => new SitemapXml.NewsEntry(
            BaseUrl(http) + Permalink.For(r.Slug, r.Published, site.Time.Zone), r.Headline, r.Language, site.Time.FormatIso(r.Published)));
        Caching.CacheTags.Add(http, Caching.CacheTags.Syndication);
        Caching.ContentTime.Set(http, rows.Count == 0 ? null : rows.Max(r => r.Published));
        return Results.Bytes(SitemapXml.News(site.Name, entries.ToList()), Xml);
    }

    private static IResult Listing(HttpContext http, CurrentSite site, IEnumerable<(string Path, DateTime? Latest)> pages)
    {
        var list = pages.ToList();
        var entries = list.Select(p => new SitemapXml.Entry(BaseUrl(http) + p.Path, p.Latest is { } l ? site.Time.FormatIso(l) : null)).ToList();
        Caching.CacheTags.Add(http, Caching.CacheTags.Syndication);
        Caching.ContentTime.Set(http, list.Max(p => p.Latest));
        return Results.Bytes(SitemapXml.UrlSet(entries), Xml);
    }

    private static string BaseUrl(HttpContext http) => Warta.Web.Site.PublicOrigin.Of(http);
}
