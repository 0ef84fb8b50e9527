using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Site;

namespace Warta.Web.Sections;

/// <summary>
/// The sections in navigation order, shown on every page; held in memory and dropped when a section changes
/// instead of being queried per request.
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
            .Select(s => new { s.Id, s.Slug, s.Name, s.Description }).ToListAsync();
        return sections = loaded.ConvertAll(s => new SectionLink(s.Id, s.Slug, s.Name, s.Description, SiteUrls.Section(s.Slug)));
    }

    public void Invalidate() => sections = null;
}
