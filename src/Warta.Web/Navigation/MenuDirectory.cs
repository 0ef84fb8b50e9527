using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Site;

namespace Warta.Web.Navigation;

/// <summary>
/// The header and footer menus resolved to addresses, held in memory and dropped when a menu, section, tag or page
/// changes; an entry whose target is gone is left out rather than linking nowhere.
/// </summary>
public sealed class MenuDirectory(IServiceScopeFactory scopes, Settings.SiteSettingsCache settings, TimeProvider clock)
{
    private volatile Dictionary<MenuLocation, IReadOnlyList<MenuLink>>? menus;

    public async ValueTask<IReadOnlyList<MenuLink>> GetAsync(MenuLocation location)
    {
        var loaded = menus ?? await LoadAsync();
        return loaded.GetValueOrDefault(location, []);
    }

    public void Invalidate() => menus = null;

    private async Task<Dictionary<MenuLocation, IReadOnlyList<MenuLink>>> LoadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
        var items = await db.MenuItems.AsNoTracking().OrderBy(m => m.Position).ThenBy(m => m.Id).ToListAsync();
        var sections = await db.Sections.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Slug);
        var tagIds = items.Where(i => i.Target == MenuTarget.Tag).Select(i => i.TargetId).ToList();
        var tags = await db.Tags.AsNoTracking().Where(t => tagIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Slug);
        var pageIds = items.Where(i => i.Target == MenuTarget.Page).Select(i => i.TargetId).ToList();
        var pages = await db.Pages.AsNoTracking().Where(p => pageIds.Contains(p.Id) && p.IsPublished)
            .Select(p => new { p.Id, p.Slug, ParentSlug = p.Parent != null ? p.Parent.Slug : null }).ToDictionaryAsync(p => p.Id, p => StaticPages.StaticPage.UrlFor(p.Slug, p.ParentSlug));
        var articleIds = items.Where(i => i.Target == MenuTarget.Article).Select(i => i.TargetId).ToList();
        var zone = settings.Current.Time.Zone;
        var articles = (await db.Articles.ReachableAt(clock.GetUtcNow().UtcDateTime).Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, PublishedAt = a.PublishedAt!.Value }).ToListAsync())
            .ToDictionary(a => a.Id, a => Permalink.For(a.Slug, a.PublishedAt, zone));

        (string Url, string? Section)? Resolve(MenuItem item) => item.Target switch
        {
            MenuTarget.Section when item.TargetId is { } id && sections.TryGetValue(id, out var slug) => (SiteUrls.Section(slug), slug),
            MenuTarget.Tag when item.TargetId is { } id && tags.TryGetValue(id, out var slug) => (SiteUrls.Tag(slug), null),
            MenuTarget.Page when item.TargetId is { } id && pages.TryGetValue(id, out var url) => (url, null),
            MenuTarget.Article when item.TargetId is { } id && articles.TryGetValue(id, out var permalink) => (permalink, (string?)null),
            MenuTarget.Url when item.Url is { } url => (url, null),
            _ => null,
        };

        MenuLink? Link(MenuItem item) => Resolve(item) is { } target
            ? new MenuLink(item.Id, item.Label, target.Url, target.Section,
                items.Where(c => c.ParentId == item.Id).Select(c => Resolve(c) is { } t ? new MenuLink(c.Id, c.Label, t.Url, t.Section, []) : null)
                    .OfType<MenuLink>().ToList())
            : null;

        var result = Enum.GetValues<MenuLocation>().ToDictionary(
            location => location,
            location => (IReadOnlyList<MenuLink>)items.Where(i => i.Menu == location && i.ParentId == null).Select(Link).OfType<MenuLink>().ToList());
        menus = result;
        return result;
    }
}
