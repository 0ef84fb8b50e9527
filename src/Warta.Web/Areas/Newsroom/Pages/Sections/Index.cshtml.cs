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
public class IndexModel(WartaDb db, SaveSection save, DeleteSection delete) : NewsroomPage
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
        var outcome = await delete.RunAsync(id);
        if (outcome.Missing) return NotFound();
        if (outcome.Problem is { } problem) Problems.Add(problem);
        else Done = T("SecDeleted");
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
