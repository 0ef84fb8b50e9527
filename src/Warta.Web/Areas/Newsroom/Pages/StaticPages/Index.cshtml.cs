using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.StaticPages;

[Authorize(Policy = Capability.EditOthers)]
public class IndexModel(WartaDb db) : NewsroomPage
{
    public sealed record Row(int Id, string Title, string Url, bool Published);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = T("PgTitle");
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Parent != null ? p.Parent.Title : p.Title).ThenBy(p => p.ParentId != null).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.Title, p.Slug, ParentSlug = p.Parent != null ? p.Parent.Slug : null, p.IsPublished }).ToListAsync();
        Rows = pages.ConvertAll(p => new Row(p.Id, p.Title, Web.StaticPages.StaticPage.UrlFor(p.Slug, p.ParentSlug), p.IsPublished));
    }
}
