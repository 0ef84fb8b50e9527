using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Data;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages.Authors;

public class ShowModel(WartaDb db, SiteSettingsCache settings, TimeProvider clock) : ListingPage(settings, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, int? pageNumber, CancellationToken ct)
    {
        if (!IsValidPageNumber(pageNumber)) return NotFound();
        var listing = await ListingAsync(ListingSnapshot.KeyFor("author", slug, pageNumber), async () =>
        {
            var found = await db.Authors.AsNoTracking().WithVisibleWork(db.Articles, UtcNow).Where(a => a.Slug == slug)
                .Select(a => new ListingOwner(a.Id, a.Name, a.Bio, a.PhotoUrl)).SingleOrDefaultAsync(ct);
            if (found is null) return null;
            var page = await db.Articles.VisibleAt(UtcNow).Where(a => a.Bylines.Any(b => b.AuthorId == found.Id)).PageAsync(pageNumber ?? 1, Site.ArticlesPerPage, Zone, ct);
            return new ListingSnapshot(page, [Caching.CacheTags.Author(found.Id)], found);
        });
        if (listing?.Owner is not { } author) return NotFound();
        var articles = listing.Articles;
        Intro = author.Bio;
        Portrait = author.PhotoUrl;
        ImagePath = author.PhotoUrl;
        Description = author.Bio;
        FeedPath = SiteUrls.Author(slug) + "feed/";
        CacheFor(Caching.CacheTags.Author(author.Id));
        return UseListing(author.Name, SiteUrls.Author(slug), articles, pageNumber) ?? Page();
    }
}
