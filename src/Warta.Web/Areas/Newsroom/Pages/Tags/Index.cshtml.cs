using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Tags;

namespace Warta.Web.Areas.Newsroom.Pages.Tags;

/// <summary>
/// Tags: rename (name and slug), merge one into any other (typed by name or slug, so a site with thousands of imported
/// tags can reach them all), and delete, as newsrooms clean up "Jokowi" / "Joko Widodo".
/// </summary>
[Authorize(Policy = Capability.ManageTaxonomy)]
public class IndexModel(WartaDb db, SaveTag save, DeleteTag delete) : NewsroomPage
{
    public sealed record Row(int Id, string Name, string Slug, int Articles);

    private const int Shown = 500;

    [FromQuery(Name = "q")] public string? Query { get; set; }
    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public List<string> Problems { get; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name, string? slug)
    {
        var outcome = await save.RunAsync(id, name, slug);
        if (outcome.Missing) return NotFound();
        Problems.AddRange(outcome.Problems.Values);
        if (outcome.Saved is not null) Done = T("EdDone_Save");
        await LoadAsync();
        return Page();
    }

    /// <summary>Merges a tag into another named by its name or slug (or its id).</summary>
    public async Task<IActionResult> OnPostMergeAsync(int id, string? into)
    {
        var source = await db.Tags.Include(t => t.Articles).ThenInclude(a => a.Tags).SingleOrDefaultAsync(t => t.Id == id);
        if (source is null) return NotFound();
        var wanted = into?.Trim() ?? "";
        var slug = Slug.From(wanted);
        // A name first, then a slug ("2024" is a year tag before it is an id), then an id.
        var target = wanted.Length == 0 ? null
            : await db.Tags.FirstOrDefaultAsync(t => t.Name == wanted) ?? await db.Tags.FirstOrDefaultAsync(t => t.Slug == wanted || t.Slug == slug)
              ?? (int.TryParse(wanted, System.Globalization.CultureInfo.InvariantCulture, out var intoId) ? await db.Tags.SingleOrDefaultAsync(t => t.Id == intoId) : null);
        if (wanted.Length == 0) Problems.Add(T("TagMergeWhich"));
        else if (target is null) Problems.Add(T("TagMergeUnknown", wanted));
        else if (target.Id == source.Id) Problems.Add(T("TagMergeSelf"));
        if (Problems.Count == 0)
        {
            foreach (var article in source.Articles)
            {
                article.Tags.Remove(source);
                if (article.Tags.All(t => t.Id != target!.Id)) article.Tags.Add(target!);
            }
            db.Tags.Remove(source);
            await db.SaveChangesAsync();
            Done = T("TagMerged", source.Name, target!.Name);
        }
        await LoadAsync();
        return Page();
    }

    /// <summary>Deletes a tag: its stories lose it (and its page and feed go), the stories themselves stay.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (await delete.RunAsync(id) is not var (tag, count)) return NotFound();
        Done = TCount("TagDeleted", count, tag.Name);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Title = T("TagTitle");
        var query = db.Tags.AsNoTracking();
        if (Query is { Length: > 0 } q) query = query.Where(t => t.Name.Contains(q));
        Total = await query.CountAsync();
        Rows = await query.OrderBy(t => t.Name).Take(Shown).Select(t => new Row(t.Id, t.Name, t.Slug, t.Articles.Count)).ToListAsync();
    }
}
