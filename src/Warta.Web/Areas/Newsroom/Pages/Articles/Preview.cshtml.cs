using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Articles.Body;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;
using Warta.Web.Pages;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Areas.Newsroom.Pages.Articles;

/// <summary>
/// The editor's unsaved form, rendered by the public article template inside the public layout: what the reader
/// will see, before anything is saved. Nothing is written.
/// </summary>
[Authorize(Policy = Capability.WriteDrafts)]
public class PreviewModel(WartaDb db, BodyRenderer renderer, BacaJugaLinks bacaJuga, SiteSettingsCache settings, TimeProvider clock)
    : ReaderPage(settings, clock)
{
    [BindProperty] public ArticleForm Form { get; set; } = new();

    public ArticleContent? Shown { get; private set; }

    public void OnGet()
    {
        NoIndex = true;
        Title = T("EdPreview");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        NoIndex = true;
        Title = Form.Headline;
        var section = await db.Sections.AsNoTracking().Where(s => s.Id == Form.SectionId).Select(s => new { s.Name, s.Slug }).SingleOrDefaultAsync(ct);
        var credits = Form.Credits.ToList();
        var ids = credits.Select(c => c.AuthorId).ToList();
        var authors = await db.Authors.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var bylines = credits.Where(c => authors.ContainsKey(c.AuthorId))
            .Select(c => new BylineView(authors[c.AuthorId].Name, authors[c.AuthorId].Slug, c.Role, authors[c.AuthorId].Initials)).ToList();
        var tags = Form.TagNames.Select((n, i) => new TagView(i, n, Slug.From(n))).ToList();
        var view = new ArticleView(
            0, Form.Slug ?? "", Form.Headline, Form.Dek, Form.Body, BodyFormat.Markdown, Form.Language, Form.Dateline,
            UtcNow, null, Form.SectionId, section?.Name ?? "", section?.Slug ?? "", Form.ImageUrl, Form.ImageAlt, Form.ImageCaption, Form.ImageCredit,
            bylines, tags, Form.MetaDescription);
        var body = await bacaJuga.ComposeAsync(renderer.Render(Form.Body, BodyFormat.Markdown), T("BacaJuga"), UtcNow, Zone, ct);
        Shown = new ArticleContent(view, new HtmlString(body));
        return Page();
    }
}
