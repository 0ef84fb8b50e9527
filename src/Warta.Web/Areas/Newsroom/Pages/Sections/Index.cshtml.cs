using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Navigation;

namespace Warta.Web.Areas.Newsroom.Pages.Sections;

/// <summary>Sections with their order and description; a section with articles cannot be deleted.</summary>
[Authorize(Policy = Capability.ManageTaxonomy)]
public class IndexModel(WartaDb db, Warta.Web.Changes.ContentChanges changes, SaveSection save) : NewsroomPage
{
    public sealed record Row(int Id, string Name, string Slug, string? Description, int Position, int? ParentId, int Articles);

    public List<Row> Rows { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostSaveAsync(int? id, string? name, string? slug, string? description, int position, int? parentId)
    {
        var outcome = await save.RunAsync(id, name, slug, description, position, parentId);
        if (outcome.Missing) return NotFound();
        Problems.AddRange(outcome.Problems.Values);
        if (outcome.Saved is not null) Done = T("EdDone_Save");
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (await db.Articles.AnyAsync(a => a.SectionId == id)) Problems.Add(T("SectionInUse"));
        else
        {
            // Sub-sections move up to the deleted section's own parent rather than being lost with it.
            var up = await db.Sections.Where(s => s.Id == id).Select(s => s.ParentId).SingleOrDefaultAsync();
            await db.Sections.Where(s => s.ParentId == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.ParentId, up));
            await db.Sections.Where(s => s.Id == id).ExecuteDeleteAsync();
            await changes.PublishAsync(db, Warta.Web.Changes.ChangeSet.Everything); // a bulk delete passes no save
            Done = T("SecDeleted");
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Title = T("SecTitle");
        Rows = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, s.Slug, s.Description, s.Position, s.ParentId, db.Articles.Count(a => a.SectionId == s.Id)))
            .ToListAsync();
    }
}
