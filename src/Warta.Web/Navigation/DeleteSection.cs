using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Changes;
using Warta.Web.Data;
using Warta.Web.Resources;

namespace Warta.Web.Navigation;

/// <summary>
/// Deletes a section, for the sections page and the REST API alike: never one that files a story (each story keeps
/// its section), and its sub-sections move up to its own parent rather than being lost with it.
/// </summary>
public sealed class DeleteSection(WartaDb db, ContentChanges changes, IStringLocalizer<SharedResource> text)
{
    public sealed record Outcome(bool Missing, string? Problem);

    public async Task<Outcome> RunAsync(int id, CancellationToken ct = default)
    {
        var section = await db.Sections.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.ParentId }).SingleOrDefaultAsync(ct);
        if (section is null) return new Outcome(true, null);
        if (await db.Articles.AnyAsync(a => a.SectionId == id, ct)) return new Outcome(false, text["SectionInUse"]);
        await db.Sections.Where(s => s.ParentId == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.ParentId, section.ParentId), ct);
        await db.Sections.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
        // A bulk delete passes no save; once it is done, every cache must hear of it even if the caller has gone.
        await changes.PublishAsync(db, ChangeSet.Everything, CancellationToken.None);
        return new Outcome(false, null);
    }
}
