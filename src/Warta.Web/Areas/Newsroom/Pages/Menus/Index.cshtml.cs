using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Navigation;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Areas.Newsroom.Pages.Menus;

/// <summary>The header and footer menus: add sections, pages, tags or addresses; order them; one level of sub-items.</summary>
[Authorize(Policy = Capability.ManageSettings)]
public class IndexModel(WartaDb db, Warta.Web.Changes.ContentChanges changes) : NewsroomPage
{
    public sealed record Row(int Id, MenuLocation Menu, string Label, string Target, int? ParentId);

    public List<Row> Rows { get; private set; } = [];
    public List<(string Value, string Label)> Targets { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync(MenuLocation menu, string? label, string? target, string? url)
    {
        label = label?.Trim() ?? "";
        if (label.Length is 0 or > 100) Problems.Add(T("FieldRequired", T("MnLabel")));
        var item = new MenuItem { Menu = menu, Label = label };
        var parts = (target ?? "").Split(':');
        if (parts is ["url"])
        {
            if (string.IsNullOrWhiteSpace(url) || !SiteIdentity.IsSafeUrl(url.Trim())) Problems.Add(T("SetUrlInvalid", T("MnUrl")));
            (item.Target, item.Url) = (MenuTarget.Url, url?.Trim());
        }
        else if (parts is [var kind, var id] && Enum.TryParse<MenuTarget>(kind, out var targetKind) && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var targetId))
        {
            (item.Target, item.TargetId) = (targetKind, targetId);
        }
        else Problems.Add(T("FieldRequired", T("MnTarget")));
        if (!Enum.IsDefined(menu)) Problems.Add(T("FieldRequired", T("MnMenu")));
        if (Problems.Count == 0)
        {
            item.Position = (await db.MenuItems.Where(m => m.Menu == menu && m.ParentId == null).MaxAsync(m => (int?)m.Position) ?? 0) + 1;
            db.MenuItems.Add(item);
            await db.SaveChangesAsync();
            Done = T("EdDone_Save");
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, int by)
    {
        var item = await db.MenuItems.SingleOrDefaultAsync(m => m.Id == id);
        if (item is null) return NotFound();
        var siblings = await db.MenuItems.Where(m => m.Menu == item.Menu && m.ParentId == item.ParentId).OrderBy(m => m.Position).ThenBy(m => m.Id).ToListAsync();
        var index = siblings.IndexOf(item);
        var other = index + Math.Sign(by);
        if (other >= 0 && other < siblings.Count)
        {
            (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
            for (var i = 0; i < siblings.Count; i++) siblings[i].Position = i + 1;
            await db.SaveChangesAsync();
        }
        await LoadAsync();
        return Page();
    }

    /// <summary>Makes an entry a sub-item of the top-level entry above it, or takes it back out.</summary>
    public async Task<IActionResult> OnPostNestAsync(int id, bool under)
    {
        var item = await db.MenuItems.SingleOrDefaultAsync(m => m.Id == id);
        if (item is null) return NotFound();
        if (under && item.ParentId is null)
        {
            var above = await db.MenuItems.Where(m => m.Menu == item.Menu && m.ParentId == null && m.Position < item.Position)
                .OrderByDescending(m => m.Position).FirstOrDefaultAsync();
            var hasChildren = await db.MenuItems.AnyAsync(m => m.ParentId == item.Id);
            if (above is null || hasChildren) Problems.Add(T("MnCannotNest"));
            else item.ParentId = above.Id;
        }
        else if (!under && item.ParentId is { } parent)
        {
            var parentPosition = await db.MenuItems.Where(m => m.Id == parent).Select(m => m.Position).SingleAsync();
            item.ParentId = null;
            item.Position = parentPosition;
        }
        await db.SaveChangesAsync();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        await db.MenuItems.Where(m => m.Id == id || m.ParentId == id).ExecuteDeleteAsync();
        await changes.PublishAsync(db, Warta.Web.Changes.ChangeSet.Everything); // a bulk delete passes no save
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Title = T("MnTitle");
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => new { s.Id, s.Name }).ToListAsync();
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync();
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Name).Take(300).Select(t => new { t.Id, t.Name }).ToListAsync();
        Targets = [
            .. sections.Select(s => ($"Section:{s.Id}", $"{T("SecTitle")}: {s.Name}")),
            .. pages.Select(p => ($"Page:{p.Id}", $"{T("PgTitle")}: {p.Title}")),
            .. tags.Select(t => ($"Tag:{t.Id}", $"Tag: {t.Name}")),
            ("url", T("MnUrl")),
        ];
        var names = Targets.ToDictionary(t => t.Value, t => t.Label);
        var items = await db.MenuItems.AsNoTracking().OrderBy(m => m.Menu).ThenBy(m => m.Position).ThenBy(m => m.Id).ToListAsync();
        // Stories are linked from menus by imports (WordPress menus may point at posts); the form offers the lists above.
        var storyIds = items.Where(m => m.Target == MenuTarget.Article).Select(m => m.TargetId).ToList();
        foreach (var story in await db.Articles.AsNoTracking().Where(a => storyIds.Contains(a.Id)).Select(a => new { a.Id, a.Headline }).ToListAsync())
            names[$"Article:{story.Id}"] = story.Headline;
        string Describe(MenuItem m) => m.Target == MenuTarget.Url ? m.Url ?? "" : names.GetValueOrDefault($"{m.Target}:{m.TargetId}", "—");
        Rows = items.Where(m => m.ParentId == null)
            .SelectMany(m => items.Where(c => c.ParentId == m.Id).Prepend(m))
            .Select(m => new Row(m.Id, m.Menu, m.Label, Describe(m), m.ParentId)).ToList();
    }
}
