using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Areas.Newsroom.Pages.Audit;

[Authorize(Policy = Capability.ViewAudit)]
public class IndexModel(WartaDb db) : NewsroomPage
{
    public List<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = T("NrAudit");
        Entries = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Take(200).ToListAsync(ct);
    }
}
