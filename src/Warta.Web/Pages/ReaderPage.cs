using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Warta.Web.Resources;
using Warta.Web.Articles;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages;

/// <summary>What the layout needs from every reader page: title, description, canonical and pagination links.</summary>
public abstract class ReaderPage(SiteSettingsCache settings, TimeProvider clock) : PageModel
{
    public CurrentSite Site { get; } = settings.Current;
    public string Title { get; protected set; } = "";
    public string? Description { get; protected set; }
    public string? CanonicalPath { get; protected set; }
    public Pager? Pager { get; protected set; }

    /// <summary>Open Graph type: "website" for listings, "article" for stories.</summary>
    public string OpenGraphType { get; protected set; } = "website";

    /// <summary>The section this page belongs to (a section page, or a story's section), marked in the menu.</summary>
    public string? CurrentSectionSlug { get; protected set; }

    /// <summary>The feed of what this page lists (section, tag, author), offered beside the site's own.</summary>
    public string? FeedPath { get; protected set; }

    /// <summary>The picture shared with the page (Open Graph, Twitter card), when it has one.</summary>
    public string? ImagePath { get; protected set; }

    /// <summary>Pages search engines should not index (search results).</summary>
    public bool NoIndex { get; protected set; }

    /// <summary>False on the search page itself, which has its own big search form.</summary>
    public virtual bool ShowsSearchBox => true;

    /// <summary>False where the page must not touch the database (the error page).</summary>
    public virtual bool ShowsSectionNavigation => true;

    public int Year => Site.Time.ToLocal(UtcNow).Year;

    /// <summary>
    /// One database connection for the whole page: EF otherwise opens and closes one per query, and with SQLite each
    /// open re-registers EF's SQL functions on the connection, the largest single cost of a page's queries.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        try
        {
            // WordPress's API discovery, which apps and front ends look for on the site's pages.
            context.HttpContext.Response.Headers.Append("Link", Api.WpApi.DiscoveryHeader(context.HttpContext));
            if (!OpensConnectionWhenNeeded) await UseOneConnectionAsync(context.HttpContext.RequestAborted);
            await next();
        }
        finally
        {
            if (connectionOpen) await context.HttpContext.RequestServices.GetRequiredService<Data.WartaDb>().Database.CloseConnectionAsync();
        }
    }

    private bool connectionOpen;

    /// <summary>True for a page that is often built from memory: it calls <see cref="UseOneConnectionAsync"/> itself.</summary>
    protected virtual bool OpensConnectionWhenNeeded => false;

    /// <summary>
    /// The snapshot under <paramref name="key"/> from memory, without touching the database; else built by
    /// <paramref name="build"/> on the page's one connection (<see cref="Caching.SnapshotCache.GetOrBuildAsync"/>). For
    /// the pages that say <see cref="OpensConnectionWhenNeeded"/>.
    /// </summary>
    protected Task<T?> SnapshotAsync<T>(string key, Func<Task<T?>> build, Func<T, bool>? keep = null) where T : class, Caching.ISnapshot =>
        HttpContext.RequestServices.GetRequiredService<Caching.SnapshotCache>().GetOrBuildAsync(key, async () =>
        {
            await UseOneConnectionAsync(HttpContext.RequestAborted);
            return await build();
        }, keep);

    /// <summary>Opens the page's one connection (once); it is closed when the handler is done.</summary>
    protected async Task UseOneConnectionAsync(CancellationToken ct)
    {
        if (connectionOpen) return;
        await HttpContext.RequestServices.GetRequiredService<Data.WartaDb>().Database.OpenConnectionAsync(ct);
        connectionOpen = true;
    }

    /// <summary>
    /// Lets this page be served from the output cache to every anonymous reader, tagged with what it shows so a
    /// change evicts it (<see cref="Caching.CacheTags"/>). Pages that never call this are always rendered afresh.
    /// </summary>
    protected void CacheFor(params IEnumerable<string> tags) => Caching.CacheTags.Add(HttpContext, tags);

    /// <summary>
    /// True when this page is the one every anonymous reader gets (and may come from a cache): it must then carry
    /// nobody's tokens, and the comment form fetches its own when a reader starts writing.
    /// </summary>
    public bool IsShared => Caching.SharedPages.Apply(HttpContext);

    protected DateTime UtcNow { get; } = clock.GetUtcNow().UtcDateTime;
    protected TimeZoneInfo Zone => Site.Time.Zone;

    /// <summary>A UI string in the site's language, for titles the page model composes.</summary>
    protected string T(string key, params object[] arguments) =>
        HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[key, arguments];

    public string AbsoluteUrl(string path) => Warta.Web.Site.PublicOrigin.Of(HttpContext) + path;

    /// <summary>
    /// Checks the page number of a listing: /page/1/ is the listing itself (301), anything past the end is 404.
    /// </summary>
    protected IActionResult? UsePage(ArticlePage page, string baseUrl, int? requested)
    {
        if (requested == 1) return RedirectPermanent(baseUrl);
        if (!page.Exists) return NotFound();
        Pager = new Pager(baseUrl, page.PageNumber, page.TotalPages);
        CanonicalPath = Pager.Url(page.PageNumber);
        return null;
    }

    protected static bool IsValidPageNumber(int? pageNumber) => pageNumber is null or >= 1;
}
