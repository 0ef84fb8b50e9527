using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Tags;

/// <summary>Tags: rename (name and slug) and merge one into another, as newsrooms clean up "Jokowi" / "Joko Widodo".</summary>
[Authorize(Policy = Capability.ManageTaxonomy)]
public class IndexModel(WartaDb db) : NewsroomPage
{
    public sealed record Row(int Id, string Name, string Slug, int Articles);

    [FromQuery(Name = "q")] public string? Query { get; set; }
    public List<Row> Rows { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name, string? slug)
    {
        var tag = await db.Tags.SingleOrDefaultAsync(t => t.Id == id);
        if (tag is null) return NotFound();
        name = name?.Trim() ?? "";
        slug = string.IsNullOrWhiteSpace(slug) ? Slug.From(name) : slug.Trim();
        if (name.Length is 0 or > 200) Problems.Add(T("FieldRequired", T("NrName")));
        if (!Slug.IsValid(slug)) Problems.Add(T("SlugInvalid", Slug.MaxLength));
        else if (await db.Tags.AnyAsync(t => t.Slug == slug && t.Id != id)) Problems.Add(T("TagSlugTaken", slug));
        if (Problems.Count == 0)
        {
            (tag.Name, tag.Slug) = (name, slug);
            await db.SaveChangesAsync();
            Done = T("EdDone_Save");
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, int into)
    {
        if (id == into) Problems.Add(T("TagMergeSelf"));
        var source = await db.Tags.Include(t => t.Articles).ThenInclude(a => a.Tags).SingleOrDefaultAsync(t => t.Id == id);
        var target = await db.Tags.SingleOrDefaultAsync(t => t.Id == into);
        if (source is null || target is null) return NotFound();
        if (Problems.Count == 0)
        {
            foreach (var article in source.Articles)
            {
                article.Tags.Remove(source);
                if (article.Tags.All(t => t.Id != target.Id)) article.Tags.Add(target);
            }
            db.Tags.Remove(source);
            await db.SaveChangesAsync();
            Done = T("TagMerged", source.Name, target.Name);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Title = T("TagTitle");
        var query = db.Tags.AsNoTracking();
        if (Query is { Length: > 0 } q) query = query.Where(t => t.Name.Contains(q));
        Rows = await query.OrderBy(t => t.Name).Take(500).Select(t => new Row(t.Id, t.Name, t.Slug, t.Articles.Count)).ToListAsync();
    }
}
