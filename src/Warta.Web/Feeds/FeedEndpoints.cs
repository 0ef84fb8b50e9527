using Warta.Web.Authors;
using Warta.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Caching;
using Warta.Web.Data;
using Warta.Web.Navigation;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Feeds;

/// <summary>
/// RSS at <c>…/feed/</c> and Atom at <c>…/feed/atom/</c> for the site, each section, tag and author, under Warta's
/// URLs and WordPress's (<c>/category/{slug}/feed/</c>, <c>/author/{slug}/feed/</c>) so subscribers moving over keep theirs.
/// </summary>
public static class FeedEndpoints
{
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddValidatedOptions<FeedOptions>(FeedOptions.SectionName);
        services.AddScoped<FeedBuilder>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("");
        // WordPress's category and author addresses lead to the same pages here.
        feeds.MapGet("/category/{slug}", (string slug) => Results.Redirect(SiteUrls.Section(Uri.EscapeDataString(slug)), permanent: true));
        feeds.MapGet("/author/{slug}", (string slug) => Results.Redirect(SiteUrls.Author(Uri.EscapeDataString(slug)), permanent: true));
        foreach (var (suffix, format) in new[] { ("feed", FeedFormat.Rss), ("feed/atom", FeedFormat.Atom) })
        {
            feeds.MapGet($"/{suffix}", (HttpContext http, FeedBuilder builder, SiteSettingsCache settings, CancellationToken ct) =>
                RespondAsync(http, builder, FeedScope.WholeSite(settings.Current.Name, settings.Current.Tagline), format, ct));
            foreach (var prefix in new[] { "rubrik", "category" })
                feeds.MapGet($"/{prefix}/{{slug}}/{suffix}", (string slug, HttpContext http, FeedBuilder builder, SectionDirectory directory, SiteSettingsCache settings, CancellationToken ct) =>
                    SectionAsync(slug, http, builder, directory, settings, format, ct));
            feeds.MapGet($"/tag/{{slug}}/{suffix}", (string slug, HttpContext http, FeedBuilder builder, WartaDb db, SiteSettingsCache settings, CancellationToken ct) =>
                TagAsync(slug, http, builder, db, settings, format, ct));
            foreach (var prefix in new[] { "penulis", "author" })
                feeds.MapGet($"/{prefix}/{{slug}}/{suffix}", (string slug, HttpContext http, FeedBuilder builder, WartaDb db, SiteSettingsCache settings, TimeProvider clock, CancellationToken ct) =>
                    AuthorAsync(slug, http, builder, db, settings, clock, format, ct));
        }
        return app;
    }

    private static async Task<IResult> SectionAsync(string slug, HttpContext http, FeedBuilder builder, SectionDirectory directory, SiteSettingsCache settings, FeedFormat format, CancellationToken ct)
    {
        var section = (await directory.AllAsync()).FirstOrDefault(s => s.Slug == slug);
        if (section is null) return Results.NotFound();
        var path = SiteUrls.Section(slug);
        // Sub-sections' stories belong to the parent's feed, as on its page.
        var ids = await directory.WithDescendantsAsync(section.Id);
        return await RespondAsync(http, builder, new FeedScope($"{settings.Current.Name} – {section.Name}", section.Description, path, path + "feed/",
            q => q.InSections(ids)), format, ct);
    }

    private static async Task<IResult> TagAsync(string slug, HttpContext http, FeedBuilder builder, WartaDb db, SiteSettingsCache settings, FeedFormat format, CancellationToken ct)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).SingleOrDefaultAsync(ct);
        if (tag is null) return Results.NotFound();
        var path = SiteUrls.Tag(slug);
        return await RespondAsync(http, builder, new FeedScope($"{settings.Current.Name} – {tag.Name}", null, path, path + "feed/",
            q => q.Where(a => a.Tags.Any(t => t.Id == tag.Id))), format, ct);
    }

    private static async Task<IResult> AuthorAsync(
        string slug, HttpContext http, FeedBuilder builder, WartaDb db, SiteSettingsCache settings, TimeProvider clock, FeedFormat format, CancellationToken ct)
    {
        var author = await db.Authors.AsNoTracking().WithVisibleWork(db.Articles, clock.GetUtcNow().UtcDateTime).Where(a => a.Slug == slug).Select(a => new { a.Id, a.Name, a.Bio }).SingleOrDefaultAsync(ct);
        if (author is null) return Results.NotFound();
        var path = SiteUrls.Author(slug);
        return await RespondAsync(http, builder, new FeedScope($"{settings.Current.Name} – {author.Name}", author.Bio, path, path + "feed/",
            q => q.Where(a => a.Bylines.Any(b => b.AuthorId == author.Id))), format, ct);
    }

    private static async Task<IResult> RespondAsync(HttpContext http, FeedBuilder builder, FeedScope scope, FeedFormat format, CancellationToken ct)
    {
        CacheTags.Add(http, CacheTags.Syndication);
        var baseUrl = Warta.Web.Site.PublicOrigin.Of(http);
        var feed = await builder.BuildAsync(scope, format, baseUrl, ct);
        ContentTime.Set(http, feed.LastModifiedUtc);
        return Results.Bytes(feed.Bytes, feed.ContentType);
    }
}
