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
        var listing = await ListingAsync(ListingSnapshot.KeyFor("tag", slug, pageNumber), async () =>
        {
            var found = await db.Tags.AsNoTracking().Where(t => t.Slug == slug).Select(t => new ListingOwner(t.Id, t.Name, null, null)).SingleOrDefaultAsync(ct);
            if (found is null) return null;
            var page = await db.Articles.VisibleAt(UtcNow).Where(a => a.Tags.Any(t => t.Id == found.Id)).PageAsync(pageNumber ?? 1, Site.ArticlesPerPage, Zone, ct);
            return new ListingSnapshot(page, [Caching.CacheTags.Tag(found.Id)], found);
        });
        if (listing?.Owner is not { } tag) return NotFound();
        var articles = listing.Articles;
        Description = T("TagDescription", tag.Name);
        FeedPath = SiteUrls.Tag(slug) + "feed/";
        CacheFor(Caching.CacheTags.Tag(tag.Id));
        return UseListing(T("TagHeading", tag.Name), SiteUrls.Tag(slug), articles, pageNumber) ?? Page();
    }
}
