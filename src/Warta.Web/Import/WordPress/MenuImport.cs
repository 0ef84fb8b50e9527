using Microsoft.EntityFrameworkCore;
using Warta.Web.Navigation;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// WordPress menus (nav_menu terms and their nav_menu_item posts) become the header and footer menus. WXR carries no
/// theme locations, so a menu is placed by its name ("footer", "bawah", "kaki" → footer; the first other menu →
/// header; a third has nowhere to go and is reported). Items keep their order and one level of nesting (deeper ones
/// join their top-level ancestor); links point at the imported sections, tags, pages and stories, custom links stay
/// addresses. Items are resolved once everything else is in: a menu may name a page defined after it.
/// </summary>
public sealed class MenuImport(ImportRun run, TermImport categories)
{
    private static readonly string[] FooterWords = ["footer", "bawah", "kaki"];
    private readonly List<WxrTerm> menus = [];
    private readonly List<WxrItem> items = [];
    private readonly Dictionary<int, (string Taxonomy, string Slug)> terms = [];

    public void Term(WxrTerm term)
    {
        if (term.Taxonomy == "nav_menu") menus.Add(term);
        if (term.Id is { } id) terms[id] = (term.Taxonomy, term.Slug);
    }

    public void Collect(WxrItem item) => items.Add(item);

    public async Task ImportAsync(Func<int, int?> article, Func<int, int?> page, CancellationToken ct)
    {
        if (items.Count == 0) return;
        var db = run.Db;
        var placed = Place();
        var existing = await db.MenuItems.Where(m => m.WordPressId != null).ToDictionaryAsync(m => m.WordPressId!.Value, ct);
        var tagSlugs = terms.Values.Where(v => v.Taxonomy == "post_tag").Select(v => Articles.Slug.From(v.Slug)).ToList();
        var tags = await db.Tags.AsNoTracking().Where(t => tagSlugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, t => (t.Id, t.Name), ct);
        var byPostId = items.ToDictionary(i => i.PostId);
        var position = await db.MenuItems.MaxAsync(m => (int?)m.Position, ct) ?? 0;
        var saved = new Dictionary<int, MenuItem>();

        // Parents first: a top-level item must have its id before its children point at it.
        foreach (var item in items.OrderBy(i => Depth(i, byPostId)).ThenBy(i => i.MenuOrder).ThenBy(i => i.PostId))
        {
            var menuSlug = item.Terms.FirstOrDefault(t => t.Domain == "nav_menu")?.Slug;
            if (menuSlug is null || !placed.TryGetValue(menuSlug, out var location))
            {
                run.Skipped(item, menuSlug is null ? "a menu item outside any menu" : $"menu '{menuSlug}' has no place (Warta has a header and a footer menu)");
                continue;
            }
            if (await ResolveAsync(item, article, page, tags, ct) is not { } target)
            {
                run.Skipped(item, $"its target ({Meta(item, "_menu_item_object")} #{Meta(item, "_menu_item_object_id")}) did not come across");
                continue;
            }
            var menuItem = existing.GetValueOrDefault(item.PostId) ?? new MenuItem { Label = "", WordPressId = item.PostId, Position = ++position };
            menuItem.Menu = location;
            menuItem.Label = ImportRun.Trim(Articles.HeadlineMarkup.Split(item.Title ?? "").Plain is { Length: > 0 } own ? own : target.Label, 100) ?? "";
            (menuItem.Target, menuItem.TargetId, menuItem.Url) = (target.Kind, target.Id, target.Url);
            var top = TopAncestor(item, byPostId);
            menuItem.ParentId = top != item.PostId && saved.TryGetValue(top, out var parent) ? parent.Id : null;
            if (menuItem.ParentId is null && top != item.PostId) run.Note(item, "its parent item did not come across: placed at the top level");
            else if (Depth(item, byPostId) > 1) run.Note(item, "nested deeper than Warta's one level: placed under its top-level item");
            var isNew = menuItem.Id == 0;
            if (isNew) db.MenuItems.Add(menuItem);
            await db.SaveChangesAsync(ct);
            saved[item.PostId] = menuItem;
            if (isNew) run.Imported(item, menuItem.Label, menuItem.Id); else run.Updated(item, menuItem.Label, menuItem.Id);
        }
    }

    private Dictionary<string, MenuLocation> Place()
    {
        var placed = new Dictionary<string, MenuLocation>(StringComparer.Ordinal);
        var used = items.Select(i => i.Terms.FirstOrDefault(t => t.Domain == "nav_menu")?.Slug).OfType<string>().ToHashSet();
        var named = menus.Where(m => used.Contains(m.Slug)).ToList();
        foreach (var menu in named.Where(m => FooterWords.Any(w => (m.Slug + " " + m.Name).Contains(w, StringComparison.OrdinalIgnoreCase))).Take(1))
            placed[menu.Slug] = MenuLocation.Footer;
        foreach (var menu in named.Where(m => !placed.ContainsKey(m.Slug)))
        {
            var free = new[] { MenuLocation.Header, MenuLocation.Footer }.Where(l => !placed.ContainsValue(l)).Cast<MenuLocation?>().FirstOrDefault();
            if (free is { } location) placed[menu.Slug] = location;
        }
        foreach (var menu in named)
            run.Summary.Notes.Add(placed.TryGetValue(menu.Slug, out var l)
                ? $"menu '{menu.Name}' → {(l == MenuLocation.Header ? "header" : "footer")} menu"
                : $"menu '{menu.Name}' not imported: the header and footer menus are taken");
        return placed;
    }

    private sealed record Target(MenuTarget Kind, int? Id, string? Url, string Label);

    private async Task<Target?> ResolveAsync(WxrItem item, Func<int, int?> article, Func<int, int?> page,
        Dictionary<string, (int Id, string Name)> tags, CancellationToken ct)
    {
        var objectId = int.TryParse(Meta(item, "_menu_item_object_id"), out var n) ? n : 0;
        switch (Meta(item, "_menu_item_type"), Meta(item, "_menu_item_object"))
        {
            case ("custom", _):
                var url = Meta(item, "_menu_item_url")?.Trim();
                return url is { Length: > 0 } && (url.StartsWith('/') || ImportRun.IsWebAddress(url)) ? new Target(MenuTarget.Url, null, ImportRun.Trim(url, 1000), url) : null;
            case ("post_type", "post"):
                return article(objectId) is { } a ? new Target(MenuTarget.Article, a, null, item.Title ?? "") : null;
            case ("post_type", "page"):
                return page(objectId) is { } p ? new Target(MenuTarget.Page, p, null, item.Title ?? "") : null;
            case ("taxonomy", "category") when terms.TryGetValue(objectId, out var c):
                // A category a menu links to is in use like one a story carries: where the category map sends it.
                var (section, asTag) = await categories.CategoryAsync(new WxrItemTerm("category", c.Slug, c.Slug), ct);
                return section is not null ? new Target(MenuTarget.Section, section.Id, null, section.Name)
                    : asTag is not null ? new Target(MenuTarget.Tag, asTag.Id, null, asTag.Name) : null;
            case ("taxonomy", "post_tag"):
                return terms.TryGetValue(objectId, out var t) && tags.TryGetValue(Articles.Slug.From(t.Slug), out var g) ? new Target(MenuTarget.Tag, g.Id, null, g.Name) : null;
            default:
                return null;
        }
    }

    private static string? Meta(WxrItem item, string key) => item.Meta.TryGetValue(key, out var value) ? value : null;

    private static int ParentOf(WxrItem item) => int.TryParse(Meta(item, "_menu_item_menu_item_parent"), out var p) ? p : 0;

    private static int Depth(WxrItem item, Dictionary<int, WxrItem> all)
    {
        var depth = 0;
        for (var parent = ParentOf(item); parent != 0 && all.TryGetValue(parent, out var up) && depth < 50; parent = ParentOf(up)) depth++;
        return depth;
    }

    private static int TopAncestor(WxrItem item, Dictionary<int, WxrItem> all)
    {
        var top = item;
        for (var i = 0; i < 50 && ParentOf(top) is var p && p != 0 && all.TryGetValue(p, out var up); i++) top = up;
        return top.PostId;
    }
}
