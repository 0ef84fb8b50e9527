using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Site;

namespace Warta.Web.Pages.Sections;

public class ShowModel(WartaDb db, SiteSettingsCache settings, TimeProvider clock) : ListingPage(settings, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, int? pageNumber, CancellationToken ct)
    {
        if (!IsValidPageNumber(pageNumber)) return NotFound();
        var section = await db.Sections.AsNoTracking().Where(s => s.Slug == slug)
            .Select(s => new { s.Id, s.Name, s.Description }).SingleOrDefaultAsync(ct);
        if (section is null) return NotFound();

        var articles = await db.Articles.VisibleAt(UtcNow).Where(a => a.SectionId == section.Id)
            .PageAsync(pageNumber ?? 1, Site.ArticlesPerPage, Zone, ct);
        Intro = section.Description;
        CurrentSectionSlug = slug;
        Description = section.Description;
        FeedPath = SiteUrls.Section(slug) + "feed/";
        return UseListing(section.Name, SiteUrls.Section(slug), articles, pageNumber) ?? Page();
    }
}
