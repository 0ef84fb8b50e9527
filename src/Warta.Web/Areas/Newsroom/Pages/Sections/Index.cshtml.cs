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
public class IndexModel(WartaDb db, Warta.Web.Changes.ContentChanges changes) : NewsroomPage
{
    public sealed record Row(int Id, string Name, string Slug, string? Description, int Position, int? ParentId, int Articles);

    public List<Row> Rows { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostSaveAsync(int? id, string? name, string? slug, string? description, int position, int? parentId)
    {
        name = name?.Trim() ?? "";
        slug = string.IsNullOrWhiteSpace(slug) ? Slug.From(name) : slug.Trim();
        if (name.Length is 0 or > 200) Problems.Add(T("FieldRequired", T("NrName")));
        if (!Slug.IsValid(slug)) Problems.Add(T("SlugInvalid", Slug.MaxLength));
        else if (await db.Sections.AnyAsync(s => s.Slug == slug && s.Id != id)) Problems.Add(T("SectionSlugTaken", slug));
        if ((description ?? "").Length > 1000) Problems.Add(T("FieldTooLong", T("SecDescription"), 1000));
        if (parentId is { } parent && await IsOwnAncestorAsync(id, parent)) Problems.Add(T("SectionParentCycle"));
        else if (parentId is { } p && !await db.Sections.AnyAsync(s => s.Id == p)) parentId = null;
        if (Problems.Count == 0)
        {
            var section = id is { } existing ? await db.Sections.SingleOrDefaultAsync(s => s.Id == existing) : new Section { Name = name, Slug = slug };
            if (section is null) return NotFound();
            (section.Name, section.Slug, section.Description, section.Position, section.ParentId) = (name, slug, string.IsNullOrWhiteSpace(description) ? null : description.Trim(), position, parentId);
            if (id is null)
            {
                // As before the home layout existed: a new top-level section gets a block, after the others.
                if (parentId is null) section.HomeBlockPosition = (await db.Sections.MaxAsync(s => s.HomeBlockPosition) ?? 0) + 1;
                db.Sections.Add(section);
            }
            await db.SaveChangesAsync();
            Done = T("EdDone_Save");
        }
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

    /// <summary>True when <paramref name="parent"/> is the section itself or sits below it: saving would make a loop.</summary>
    private async Task<bool> IsOwnAncestorAsync(int? id, int parent)
    {
        if (id is not { } self) return false;
        return SectionTree.WouldLoop(self, parent, await db.Sections.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.ParentId));
    }

    private async Task LoadAsync()
    {
        Title = T("SecTitle");
        Rows = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, s.Slug, s.Description, s.Position, s.ParentId, db.Articles.Count(a => a.SectionId == s.Id)))
            .ToListAsync();
    }
}
