using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Navigation;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.StaticPages;

namespace Warta.Web.Areas.Newsroom.Pages.StaticPages;

/// <summary>Writes a static page with the article editor's toolbar and preview habits; every save is a revision.</summary>
[Authorize(Policy = Capability.EditOthers)]
public class EditModel(WartaDb db, CurrentStaff current, SavePage save, DeletePage delete, TimeProvider clock) : NewsroomPage
{
    [BindProperty] public string? PageTitle { get; set; }
    [BindProperty] public string? Slug { get; set; }
    [BindProperty] public int? ParentId { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public bool Published { get; set; }
    [BindProperty] public int Version { get; set; }

    public int? Id { get; private set; }
    public string? PublicUrl { get; private set; }
    public List<(int Id, string Title)> Parents { get; private set; } = [];
    public List<PageRevision> Revisions { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public bool Conflict { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, bool tersimpan = false)
    {
        if (id is { } existing)
        {
            var page = await db.Pages.AsNoTracking().Include(p => p.Parent).SingleOrDefaultAsync(p => p.Id == existing);
            if (page is null) return NotFound();
            (PageTitle, Slug, ParentId, Body, Published, Version) = (page.Title, page.Slug, page.ParentId, page.Body, page.IsPublished, page.Version);
            if (page.IsPublished) PublicUrl = page.Url;
        }
        Saved = tersimpan;
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var outcome = await save.RunAsync(id, PageTitle, Slug, ParentId, Body, Published, Version, staff);
        if (outcome.Missing) return NotFound();
        if (outcome.Saved is not { } page)
        {
            Conflict = outcome.Conflict;
            Problems.AddRange(outcome.Problems.Values);
            await LoadAsync(id);
            Response.StatusCode = Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        return Redirect($"/newsroom/halaman/tulis/{page.Id}/?tersimpan=true");
    }

    /// <summary>Deletes a page that is not published (see <see cref="DeletePage"/>); a refusal is shown on the page.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var outcome = await delete.RunAsync(id, staff);
        if (outcome.Missing) return NotFound();
        if (outcome.Problem is null) return Redirect("/newsroom/halaman/");
        Problems.Add(outcome.Problem);
        await OnGetAsync(id);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, long revision)
    {
        var page = await db.Pages.SingleOrDefaultAsync(p => p.Id == id);
        var chosen = await db.PageRevisions.SingleOrDefaultAsync(r => r.Id == revision && r.PageId == id);
        var staff = await current.GetAsync();
        if (page is null || chosen is null || staff is null) return NotFound();
        (page.Title, page.Body, page.UpdatedAt) = (chosen.Title, chosen.Body, clock.GetUtcNow().UtcDateTime);
        page.Version++;
        db.PageRevisions.Add(new PageRevision { PageId = id, SavedAt = page.UpdatedAt, SavedByName = staff.Name, Title = page.Title, Body = page.Body });
        await db.SaveChangesAsync();
        return Redirect($"/newsroom/halaman/tulis/{id}/?tersimpan=true");
    }

    private async Task LoadAsync(int? id)
    {
        Id = id;
        Title = id is null ? T("PgNew") : T("PgEditing");
        Parents = (await db.Pages.AsNoTracking().Where(p => p.ParentId == null && p.Id != id).OrderBy(p => p.Title)
            .Select(p => new { p.Id, p.Title }).ToListAsync()).ConvertAll(p => (p.Id, p.Title));
        if (id is { } pageId)
            Revisions = await db.PageRevisions.AsNoTracking().Where(r => r.PageId == pageId).OrderByDescending(r => r.Id).Take(50).ToListAsync();
    }
}
