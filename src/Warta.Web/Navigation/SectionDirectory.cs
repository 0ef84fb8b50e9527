using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Site;

namespace Warta.Web.Navigation;

/// <summary>
/// The sections in navigation order, shown on every page; held in memory and dropped when a section changes
/// instead of being queried per request. Knows the hierarchy, so pages can ask for a section and its sub-sections.
/// </summary>
public sealed class SectionDirectory(IServiceScopeFactory scopes)
{
    private volatile IReadOnlyList<SectionLink>? sections;

    public async ValueTask<IReadOnlyList<SectionLink>> AllAsync()
    {
        if (sections is { } cached) return cached;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
        var loaded = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Slug, s.Name, s.Description, s.ParentId, s.HomeBlockPosition, s.HomeBlockSize }).ToListAsync();
        return sections = loaded.ConvertAll(s => new SectionLink(s.Id, s.Slug, s.Name, s.Description, SiteUrls.Section(s.Slug), s.ParentId, s.HomeBlockPosition, s.HomeBlockSize));
    }

    /// <summary>The sections the editors gave a home-page block, in the order they chose.</summary>
    public async ValueTask<IReadOnlyList<SectionLink>> OnHomeAsync() =>
        (await AllAsync()).Where(s => s.HomeBlockPosition is not null).OrderBy(s => s.HomeBlockPosition).ThenBy(s => s.Name).ToList();

    /// <summary>The section's own id and those of every section below it, however deep.</summary>
    public async ValueTask<IReadOnlyList<int>> WithDescendantsAsync(int id)
    {
        var all = await AllAsync();
        var ids = new List<int> { id };
        for (var i = 0; i < ids.Count; i++)
            foreach (var child in all)
                if (child.ParentId == ids[i] && !ids.Contains(child.Id)) ids.Add(child.Id);
        return ids;
    }

    public async ValueTask<IReadOnlyList<SectionLink>> ChildrenAsync(int id) =>
        (await AllAsync()).Where(s => s.ParentId == id).ToList();

    public async ValueTask<SectionLink?> FindAsync(int id) => (await AllAsync()).FirstOrDefault(s => s.Id == id);

    public void Invalidate() => sections = null;
}
