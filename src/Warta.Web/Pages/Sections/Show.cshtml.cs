using Microsoft.AspNetCore.Mvc;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Navigation;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages.Sections;

/// <summary>A section's page: its own stories and its sub-sections', as WordPress's category archives show them.</summary>
public class ShowModel(WartaDb db, SectionDirectory directory, SiteSettingsCache settings, TimeProvider clock) : ListingPage(settings, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, int? pageNumber, CancellationToken ct)
    {
        if (!IsValidPageNumber(pageNumber)) return NotFound();
        var section = (await directory.AllAsync()).FirstOrDefault(s => s.Slug == slug);
        if (section is null) return NotFound();

        var ids = await directory.WithDescendantsAsync(section.Id);
        var listing = await ListingAsync(ListingSnapshot.KeyFor("section", slug, pageNumber), async () => new ListingSnapshot(
            await db.Articles.VisibleAt(UtcNow).InSections(ids).PageAsync(pageNumber ?? 1, Site.ArticlesPerPage, Zone, ct),
            ids.Select(Caching.CacheTags.Section).ToList()));
        var articles = listing!.Articles;
        Intro = section.Description;
        CurrentSectionSlug = slug;
        Description = section.Description;
        Up = section.ParentId is { } parent ? await directory.FindAsync(parent) : null;
        Below = await directory.ChildrenAsync(section.Id);
        FeedPath = SiteUrls.Section(slug) + "feed/";
        CacheFor(ids.Select(Caching.CacheTags.Section));
        return UseListing(section.Name, SiteUrls.Section(slug), articles, pageNumber) ?? Page();
    }
}
