using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;
using Warta.Web.Resources;

namespace Warta.Web.StaticPages;

/// <summary>
/// Deletes a static page with its revisions, for the page editor and the REST API alike: never a published page
/// (readers and search engines know its address; take it down first) nor one with pages under it. Audited.
/// </summary>
public sealed class DeletePage(WartaDb db, AuditLog audit, IStringLocalizer<SharedResource> text)
{
    public sealed record Outcome(bool Missing, string? Problem);

    public async Task<Outcome> RunAsync(int id, StaffMember staff, CancellationToken ct = default)
    {
        var page = await db.Pages.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (page is null) return new Outcome(true, null);
        if (page.IsPublished) return new Outcome(false, text["PgDeletePublished"]);
        if (await db.Pages.AnyAsync(p => p.ParentId == id, ct)) return new Outcome(false, text["PgDeleteHasChildren"]);
        db.PageRevisions.RemoveRange(await db.PageRevisions.Where(r => r.PageId == id).ToListAsync(ct));
        db.Pages.Remove(page);
        audit.Record(staff.Id, staff.Name, AuditActions.PageDeleted, page.Title, page.Url);
        await db.SaveChangesAsync(ct);
        return new Outcome(false, null);
    }
}
