using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Articles.Body;
using Warta.Web.Data;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages.Info;

/// <summary>A static page at /{slug}/ or /{parent}/{child}/ (Redaksi, Tentang Kami, Kontak…).</summary>
public class ShowModel(WartaDb db, BodyRenderer renderer, BacaJugaLinks bacaJuga, SiteSettingsCache settings, TimeProvider clock)
    : ReaderPage(settings, clock)
{
    public IHtmlContent Body { get; private set; } = HtmlString.Empty;
    public DateTime UpdatedAt { get; private set; }
    public IReadOnlyList<(string Title, string Url)> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, string? child, CancellationToken ct)
    {
        var page = await SnapshotAsync(StaticPageSnapshot.KeyFor(slug, child), () => ReadAsync(slug, child, ct));
        if (page is null) return NotFound();

        Title = page.Title;
        CanonicalPath = page.CanonicalPath;
        UpdatedAt = page.UpdatedAt;
        Body = new HtmlString(page.Body);
        Caching.CacheTags.NoteArticles(HttpContext, page.BacaJugaIds);
        Children = page.Children;
        CacheFor(); // any change to a page evicts every page: pages sit in menus
        return Page();
    }

    /// <summary>A page read from its snapshot needs no database.</summary>
    protected override bool OpensConnectionWhenNeeded => true;

    private async Task<StaticPageSnapshot?> ReadAsync(string slug, string? child, CancellationToken ct)
    {
        var query = db.Pages.AsNoTracking().Where(p => p.IsPublished);
        var page = child is null
            ? await query.Where(p => p.ParentId == null && p.Slug == slug).Select(p => new { p.Id, p.Title, p.Body, p.UpdatedAt, ParentSlug = (string?)null }).SingleOrDefaultAsync(ct)
            : await query.Where(p => p.Slug == child && p.Parent != null && p.Parent.Slug == slug && p.Parent.IsPublished && p.Parent.ParentId == null)
                .Select(p => new { p.Id, p.Title, p.Body, p.UpdatedAt, ParentSlug = (string?)p.Parent!.Slug }).SingleOrDefaultAsync(ct);
        if (page is null) return null;
        var rendered = renderer.Render(-page.Id, page.Body, BodyFormat.Markdown);
        var body = await bacaJuga.ComposeAsync(rendered, T("BacaJuga"), UtcNow, Zone, ct);
        var children = await db.Pages.AsNoTracking().Where(p => p.ParentId == page.Id && p.IsPublished).OrderBy(p => p.Title)
            .Select(p => new { p.Title, p.Slug }).ToListAsync(ct);
        return new StaticPageSnapshot(page.Title, Warta.Web.StaticPages.StaticPage.UrlFor(child ?? slug, page.ParentSlug), page.UpdatedAt, body,
            rendered.BacaJugaIds, children.ConvertAll(c => (c.Title, Warta.Web.StaticPages.StaticPage.UrlFor(c.Slug, slug))));
    }
}
