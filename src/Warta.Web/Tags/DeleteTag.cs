using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;

namespace Warta.Web.Tags;

/// <summary>
/// Deletes a tag, for the tags page and the REST API alike: its stories lose it (and its page and feed go), the
/// stories themselves stay.
/// </summary>
public sealed class DeleteTag(WartaDb db)
{
    /// <summary>The deleted tag with the number of stories that carried it, or null when there is no such tag.</summary>
    public async Task<(Tag Tag, int Stories)?> RunAsync(int id, CancellationToken ct = default)
    {
        var tag = await db.Tags.Include(t => t.Articles).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (tag is null) return null;
        var count = tag.Articles.Count;
        tag.Articles.Clear();
        db.Tags.Remove(tag);
        await db.SaveChangesAsync(ct);
        return (tag, count);
    }
}
