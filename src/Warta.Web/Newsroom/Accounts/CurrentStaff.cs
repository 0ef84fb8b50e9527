using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>The signed-in member of staff for this request: id, name, byline profile and capabilities.</summary>
public sealed class CurrentStaff(IHttpContextAccessor http, WartaDb db)
{
    private StaffMember? loaded;

    public async Task<StaffMember?> GetAsync()
    {
        if (loaded is not null) return loaded;
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true || !int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return null;
        var row = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Id, u.DisplayName, u.AuthorId }).SingleOrDefaultAsync();
        if (row is null) return null;
        var capabilities = NewsroomRoles.All.Where(user.IsInRole).SelectMany(Capabilities.Of).ToHashSet();
        return loaded = new StaffMember(row.Id, row.DisplayName, row.AuthorId, capabilities);
    }
}
