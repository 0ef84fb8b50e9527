using Microsoft.Extensions.Localization;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;
using Warta.Web.Resources;

namespace Warta.Web.Media;

/// <summary>
/// Deletes a library item, for the media page and the REST API alike: one's own, or anyone's for those who edit
/// others' work, and only when nothing uses it (a story, a page, a profile, the site's identity).
/// </summary>
public sealed class DeleteMedia(WartaDb db, StoreUpload store, MediaUses uses, AuditLog audit, IStringLocalizer<SharedResource> text)
{
    /// <summary>An item belongs to whoever uploaded it; anyone else's needs the editor's capability.</summary>
    public static bool MayChange(StaffMember staff, MediaItem item) =>
        staff.Can(Capability.EditOthers) || (item.UploadedById is { } owner && owner == staff.Id);

    /// <summary>Null when deleted; otherwise why not, and whether it is the person (forbidden) or a use (conflict).</summary>
    public async Task<(string Problem, bool Forbidden)?> RunAsync(MediaItem item, StaffMember staff, CancellationToken ct = default)
    {
        if (!MayChange(staff, item)) return (text["MediaNotYours"], true);
        if (await uses.FirstAsync(item, ct) is { } use)
            return (use.Kind switch
            {
                MediaUseKind.Story => text["MediaInUse", use.Name],
                MediaUseKind.Page => text["MediaInUsePage", use.Name],
                MediaUseKind.Profile => text["MediaInUseProfile", use.Name],
                _ => text["MediaInUseIdentity"],
            }, false);
        db.MediaItems.Remove(item);
        audit.Record(staff.Id, staff.Name, AuditActions.MediaDeleted, item.OriginalName, item.Url);
        await db.SaveChangesAsync(ct);
        // Files go only once the row and its audit entry are committed: a failed save leaves nothing broken.
        store.Delete(item);
        return null;
    }
}
