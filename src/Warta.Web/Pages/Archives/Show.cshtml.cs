using Microsoft.AspNetCore.Mvc;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages.Archives;

public class ShowModel(WartaDb db, SiteSettingsCache settings, TimeProvider clock) : ListingPage(settings, clock)
{
    public async Task<IActionResult> OnGetAsync(string year, string? month, string? day, int? pageNumber, CancellationToken ct)
    {
        if (!IsValidPageNumber(pageNumber) || ArchiveRange.Parse(year, month, day) is not { } range) return NotFound();
        var (from, to) = range.ToUtc(Site.Time);
        var listing = await ListingAsync(ListingSnapshot.KeyFor("archive", range.Path, pageNumber), async () => new ListingSnapshot(
            await db.Articles.VisibleAt(UtcNow).Where(a => a.PublishedAt >= from && a.PublishedAt < to).PageAsync(pageNumber ?? 1, Site.ArticlesPerPage, Zone, ct),
            [Caching.CacheTags.AllArticles]));
        var articles = listing!.Articles;

        // As in WordPress, a date with nothing published is not a page.
        if (articles.TotalCount == 0) return NotFound();
        Description = T("ArchiveHeading", range.Label(Site.Culture));
        CacheFor(Caching.CacheTags.AllArticles);
        return UseListing(T("ArchiveHeading", range.Label(Site.Culture)), range.Path, articles, pageNumber) ?? Page();
    }
}
