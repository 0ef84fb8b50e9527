using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Corrections;
using Warta.Web.Data;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages.Corrections;

/// <summary>
/// <c>/ralat/</c>: every correction and right of reply the site has published, newest first, each with the story it
/// concerns, as Indonesia's guidelines for online media ask a newsroom to keep them in view.
/// </summary>
public class IndexModel(WartaDb db, SiteSettingsCache settings, TimeProvider clock) : ReaderPage(settings, clock)
{
    public const string Path = "/ralat/";
    private const int PerPage = 30;

    public sealed record Entry(CorrectionView Correction, string Headline, string Url);

    public List<Entry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? pageNumber, CancellationToken ct)
    {
        if (!IsValidPageNumber(pageNumber)) return NotFound();
        if (pageNumber == 1) return RedirectPermanent(Path);
        var visible = db.Articles.ReachableAt(UtcNow);
        var shown = db.Corrections.Where(c => visible.Any(a => a.Id == c.ArticleId));
        var total = await shown.CountAsync(ct);
        var pages = Math.Max(1, (total + PerPage - 1) / PerPage);
        var current = pageNumber ?? 1;
        if (current > pages) return NotFound();
        var page = shown.OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id).Skip((current - 1) * PerPage).Take(PerPage);
        var rows = await CorrectionView.Project(page, db, UtcNow).ToListAsync(ct);
        var ids = rows.Select(r => r.ArticleId).Distinct().ToArray();
        var stories = await visible.Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Headline, a.Slug, a.PublishedAt }).ToDictionaryAsync(a => a.Id, ct);
        Entries = rows.ConvertAll(r => new Entry(r.View(Zone), stories[r.ArticleId].Headline, Permalink.For(stories[r.ArticleId].Slug, stories[r.ArticleId].PublishedAt!.Value, Zone)));
        Title = T("CorTitle");
        Description = T("CorPageIntro");
        Pager = new Pager(Path, current, pages);
        CanonicalPath = Pager.Url(current);
        // A correction changes its story, which the syndication tag follows; a reply story's headline too.
        CacheFor(Caching.CacheTags.Syndication);
        return Page();
    }
}
