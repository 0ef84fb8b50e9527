using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Sections;
using Warta.Web.Site;

namespace Warta.Web.Pages;

public class IndexModel(WartaDb db, SectionDirectory sections, Popular.MostRead mostRead, SiteSettingsCache settings, TimeProvider clock)
    : ReaderPage(settings, clock)
{
    private const int ArticlesPerSectionBlock = 4;

    public ArticlePage Latest { get; private set; } = null!;
    public ArticleSummary? Headline => Latest.PageNumber == 1 && Latest.Items.Count > 0 ? Latest.Items[0] : null;
    public IEnumerable<ArticleSummary> LatestList => Headline is null ? Latest.Items : Latest.Items.Skip(1);
    public List<SectionBlock> SectionBlocks { get; } = [];
    public IReadOnlyList<ArticleSummary> Popular { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(
        int? pageNumber, [FromQuery(Name = "s")] string? wordPressSearch, [FromQuery(Name = "p")] int? wordPressPost, CancellationToken ct)
    {
        // WordPress's short links, /?p=123, of imported stories.
        if (wordPressPost is { } wpId)
        {
            var target = await db.Articles.VisibleAt(UtcNow).Where(a => a.WordPressId == wpId).Select(a => new { a.Slug, a.PublishedAt }).SingleOrDefaultAsync(ct);
            return target is null ? NotFound() : RedirectPermanent(Permalink.For(target.Slug, target.PublishedAt!.Value, Zone));
        }
        // WordPress searches live at /?s=…; links and bookmarks to them land on Warta's search.
        if (wordPressSearch is not null) return RedirectPermanent("/cari/?q=" + Uri.EscapeDataString(wordPressSearch));
        if (!IsValidPageNumber(pageNumber)) return NotFound();
        Latest = await db.Articles.VisibleAt(UtcNow).PageAsync(pageNumber ?? 1, Site.ArticlesPerPage, Zone, ct);
        if (UsePage(Latest, SiteUrls.Home, pageNumber) is { } result) return result;

        Title = Latest.PageNumber == 1 ? "" : T("PageNumber", Latest.PageNumber);
        Description = Site.Tagline;
        if (Latest.PageNumber == 1)
        {
            Popular = await mostRead.GetAsync();
            // One small query per section: sections are few, and each uses the (Status, PublishedAt) index.
            foreach (var section in await sections.AllAsync())
            {
                var items = await db.Articles.VisibleAt(UtcNow).Where(a => a.SectionId == section.Id)
                    .Newest().Take(ArticlesPerSectionBlock).ToSummariesAsync(Zone, ct);
                if (items.Count > 0) SectionBlocks.Add(new SectionBlock(section, items));
            }
        }
        return Page();
    }

    public sealed record SectionBlock(SectionLink Section, List<ArticleSummary> Articles);
}
