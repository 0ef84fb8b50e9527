using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Navigation;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.HomeLayout;

/// <summary>The home page's section blocks: which sections have one, in what order, and how many stories each shows.</summary>
[Authorize(Policy = Capability.ManageTaxonomy)]
public class IndexModel(WartaDb db) : NewsroomPage
{
    public sealed record Row(int Id, string Name, string? Parent, bool Shown, int? Position, int Size);

    public List<Row> Rows { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>One form for every section: <c>tampil</c> holds the ids shown, <c>urutan[id]</c> and <c>jumlah[id]</c> the rest.</summary>
    public async Task<IActionResult> OnPostAsync([FromForm(Name = "tampil")] int[] shown, [FromForm(Name = "urutan")] Dictionary<int, string> positions,
        [FromForm(Name = "jumlah")] Dictionary<int, string> sizes)
    {
        var sections = await db.Sections.ToListAsync();
        foreach (var section in sections)
        {
            var show = shown.Contains(section.Id);
            int? position = null;
            if (show)
            {
                if (!int.TryParse(positions.GetValueOrDefault(section.Id), out var p) || p is < 1 or > 999) Problems.Add(T("HomeBadPosition", section.Name));
                else position = p;
            }
            var size = section.HomeBlockSize;
            if (sizes.TryGetValue(section.Id, out var sizeText) && sizeText.Length > 0)
            {
                if (!int.TryParse(sizeText, out size) || size is < 1 or > Section.MaxHomeBlockSize)
                {
                    Problems.Add(T("HomeBadSize", section.Name, Section.MaxHomeBlockSize));
                    size = section.HomeBlockSize;
                }
            }
            (section.HomeBlockPosition, section.HomeBlockSize) = (show ? position ?? section.HomeBlockPosition : null, size);
        }
        if (Problems.Count > 0)
        {
            // What was typed stays on the form; nothing is saved until every row reads right.
            Rows = sections.OrderBy(s => s.Position).ThenBy(s => s.Name).Select(s => new Row(s.Id, s.Name, sections.FirstOrDefault(p => p.Id == s.ParentId)?.Name,
                shown.Contains(s.Id), int.TryParse(positions.GetValueOrDefault(s.Id), out var p) ? p : null, s.HomeBlockSize)).ToList();
            Title = T("HomeLayoutTitle");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        await db.SaveChangesAsync();
        Done = T("EdDone_Save");
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Title = T("HomeLayoutTitle");
        var sections = await db.Sections.AsNoTracking().ToListAsync();
        Rows = sections
            .OrderBy(s => s.HomeBlockPosition is null).ThenBy(s => s.HomeBlockPosition).ThenBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, sections.FirstOrDefault(p => p.Id == s.ParentId)?.Name, s.HomeBlockPosition is not null, s.HomeBlockPosition, s.HomeBlockSize))
            .ToList();
    }
}
