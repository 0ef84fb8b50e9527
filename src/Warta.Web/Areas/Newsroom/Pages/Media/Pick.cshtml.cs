using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Media;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Media;

/// <summary>
/// The editor's image picker: library images matching what is typed, newest first, with the words that go with each.
/// Anyone who writes may pick an image already in the library, even one who may not upload.
/// </summary>
[Authorize(Policy = Capability.WriteDrafts)]
public class PickModel(WartaDb db) : NewsroomPage
{
    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken ct)
    {
        var query = db.MediaItems.AsNoTracking().Where(m => m.ContentType.StartsWith("image/"));
        if (q?.Trim() is { Length: > 0 } term)
            query = query.Where(m => m.Alt.Contains(term) || m.OriginalName.Contains(term) || (m.Caption != null && m.Caption.Contains(term)));
        var items = await query.OrderByDescending(m => m.Id).Take(24).ToListAsync(ct);
        return new JsonResult(items.Select(Describe));
    }

    public static object Describe(MediaItem m) => new
    {
        id = m.Id, url = m.Url, alt = m.Alt, caption = m.Caption, credit = m.Credit, width = m.Width, height = m.Height,
        thumb = m.VariantWidths.FirstOrDefault() is var w && w > 0 ? m.VariantUrl(w) : m.Url,
    };
}
