using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Navigation;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages;

public class IndexModel(
    WartaDb db, SectionDirectory sections, Popular.MostRead mostRead, Import.WordPress.WordPressShortLinks shortLinks,
    SiteSettingsCache settings, TimeProvider clock)
    : ReaderPage(settings, clock)
{
    /// <summary>The front page is usually built from its snapshot (<see cref="HomeSnapshot"/>) and needs no database.</summary>
    protected override bool OpensConnectionWhenNeeded => true;

    public ArticlePage Latest { get; private set; } = null!;
    private ArticleSummary? pinned;
    public ArticleSummary? Headline => Latest.PageNumber != 1 ? null : pinned ?? (Latest.Items.Count > 0 ? Latest.Items[0] : null);
    public IEnumerable<ArticleSummary> LatestList => Headline is { } top ? Latest.Items.Where(a => a.Id != top.Id) : Latest.Items;
    public List<SectionBlock> SectionBlocks { get; } = [];
    public IReadOnlyList<ArticleSummary> Popular { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(
        int? pageNumber, [FromQuery(Name = "s")] string? wordPressSearch, [FromQuery(Name = "p")] int? wordPressPost,
        [FromQuery(Name = "page_id")] int? wordPressPage, [FromQuery(Name = "attachment_id")] int? wordPressAttachment, CancellationToken ct)
    {
        // WordPress's own addresses of imported content: /?p=123, /?page_id=7, /?attachment_id=9.
        if (wordPressPost is not null || wordPressPage is not null || wordPressAttachment is not null)
        {
            var target = wordPressPost is { } post ? await shortLinks.PostAsync(post, UtcNow, Zone, ct)
                : wordPressPage is { } page ? await shortLinks.PageAsync(page, ct)
                : await shortLinks.AttachmentAsync(wordPressAttachment!.Value, UtcNow, Zone, ct);
            return target is null ? NotFound() : RedirectPermanent(target);
        }
        // WordPress searches live at /?s=…; links and bookmarks to them land on Warta's search.
        if (wordPressSearch is not null) return RedirectPermanent("/cari/?q=" + Uri.EscapeDataString(wordPressSearch));
        if (!IsValidPageNumber(pageNumber)) return NotFound();
        var home = await HomeAsync(pageNumber ?? 1, ct);
        Latest = home.Latest;
        if (UsePage(Latest, SiteUrls.Home, pageNumber) is { } result) return result;

        Title = Latest.PageNumber == 1 ? "" : T("PageNumber", Latest.PageNumber);
        CacheFor(Caching.CacheTags.AllArticles, Caching.CacheTags.Popular);
        Description = Site.Tagline;
        if (Latest.PageNumber == 1)
        {
            Popular = await mostRead.GetAsync();
            pinned = home.Pinned;
            SectionBlocks.AddRange(home.Blocks);
        }
        if (Headline is { } top) Caching.CacheTags.NoteArticles(HttpContext, [top.Id]);
        return Page();
    }

    /// <summary>This page of the front page as every reader sees it, from memory while nothing on it has changed.</summary>
    private async Task<HomeSnapshot> HomeAsync(int pageNumber, CancellationToken ct) => (await SnapshotAsync(HomeSnapshot.KeyFor(pageNumber), async () =>
    {
        var latest = await db.Articles.VisibleAt(UtcNow).PageAsync(pageNumber, Site.ArticlesPerPage, Zone, ct);
        ArticleSummary? pinnedStory = null;
        var blocks = new List<SectionBlock>();
        if (latest.PageNumber == 1)
        {
            pinnedStory = (await db.Articles.VisibleAt(UtcNow).Where(a => a.IsPinned).Newest().Take(1).ToSummariesAsync(Zone, ct)).FirstOrDefault();
            // One small query per section the editors put on the front (a section's block shows its sub-sections'
            // stories too): they are few, and each query uses the (Status, PublishedAt) index.
            foreach (var section in await sections.OnHomeAsync())
            {
                var ids = await sections.WithDescendantsAsync(section.Id);
                var items = await db.Articles.VisibleAt(UtcNow).InSections(ids).Newest().Take(section.HomeBlockSize).ToSummariesAsync(Zone, ct);
                if (items.Count > 0) blocks.Add(new SectionBlock(section, items));
            }
        }
        return new HomeSnapshot(latest, pinnedStory, blocks);
    }, keep: home => home.Latest.Exists))!; // past the last page is a 404, not worth remembering for whoever asks for page 9999

    public sealed record SectionBlock(SectionLink Section, List<ArticleSummary> Articles);
}
