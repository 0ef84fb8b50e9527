using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages.Tags;

public class ShowModel(WartaDb db, SiteSettingsCache settings, TimeProvider clock) : ListingPage(settings, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, int? pageNumber, CancellationToken ct)
    {
        if (!IsValidPageNumber(pageNumber)) return NotFound();
        var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug)
            .Select(t => new { t.Id, t.Name }).SingleOrDefaultAsync(ct);
        if (tag is null) return NotFound();

        var articles = await db.Articles.VisibleAt(UtcNow).Where(a => a.Tags.Any(t => t.Id == tag.Id))
            .PageAsync(pageNumber ?? 1, Site.ArticlesPerPage, Zone, ct);
        Description = T("TagDescription", tag.Name);
        FeedPath = SiteUrls.Tag(slug) + "feed/";
        CacheFor(Caching.CacheTags.Tag(tag.Id));
        return UseListing(T("TagHeading", tag.Name), SiteUrls.Tag(slug), articles, pageNumber) ?? Page();
    }
}
