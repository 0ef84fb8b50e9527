using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;

namespace Warta.Web.Settings;

/// <summary>
/// The site settings every request needs (language, zone, page size), held in memory and reloaded when they change
/// so pages do not query them each time.
/// </summary>
public sealed class SiteSettingsCache(IServiceScopeFactory scopes)
{
    private volatile CurrentSite current = CurrentSite.From(new SiteSettings());

    public CurrentSite Current => current;

    public async Task ReloadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
        var settings = await db.SiteSettings.AsNoTracking().SingleAsync(s => s.Id == SiteSettings.SingletonId);
        current = CurrentSite.From(settings);
    }
}
