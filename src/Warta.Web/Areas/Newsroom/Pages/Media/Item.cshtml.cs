using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Resources;
using Warta.Web.Data;
using Warta.Web.Media;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Media;

/// <summary>
/// One library item: its words (alt text, caption, credit) changed after upload, its focal point moved (every crop
/// is cut again around it), and every place it is used.
/// </summary>
[Authorize(Policy = Capability.UploadMedia)]
public class ItemModel(WartaDb db, CurrentStaff current, MediaUses uses, MediaCrops crops, IStringLocalizer<SharedResource> text) : NewsroomPage
{
    private const int UsesShown = 50;

    [BindProperty] public string? Alt { get; set; }
    [BindProperty] public string? Caption { get; set; }
    [BindProperty] public string? Credit { get; set; }
    [BindProperty] public int? FocusX { get; set; }
    [BindProperty] public int? FocusY { get; set; }

    public MediaItem Item { get; private set; } = null!;
    public List<MediaUse> Uses { get; private set; } = [];
    public bool MayChange { get; private set; }
    public List<string> Problems { get; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? tersimpan, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        (Alt, Caption, Credit, FocusX, FocusY) = (Item.Alt, Item.Caption, Item.Credit, Item.FocusX, Item.FocusY);
        Saved = tersimpan is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, tracked: true) is { } missing) return missing;
        if (!MayChange) return Forbid();
        Problems.AddRange(MediaWords.Check(Item.IsImage, Alt, Caption, Credit, text).Values);
        if (FocusX is not (>= 0 and <= 100) || FocusY is not (>= 0 and <= 100)) Problems.Add(T("MediaFocusRange"));
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var moved = Item.FocusX != FocusX || Item.FocusY != FocusY;
        MediaWords.Apply(Item, Alt, Caption, Credit);
        (Item.FocusX, Item.FocusY) = (FocusX!.Value, FocusY!.Value);
        await db.SaveChangesAsync(ct);
        // The crops keep their addresses, so every page showing them, cached or not, shows the new cut.
        if (moved) crops.Write(Item);
        return Redirect($"/newsroom/media/{id}/?tersimpan=1");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct, bool tracked = false)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var query = tracked ? db.MediaItems : db.MediaItems.AsNoTracking();
        if (await query.SingleOrDefaultAsync(m => m.Id == id, ct) is not { } item) return NotFound();
        Item = item;
        MayChange = DeleteMedia.MayChange(staff, item);
        Uses = await uses.AllAsync(item, UsesShown, ct);
        Title = T("MediaItemTitle");
        return null;
    }

    /// <summary>Where the newsroom edits the thing that uses this item.</summary>
    public static string EditorOf(MediaUse use) => use.Kind switch
    {
        MediaUseKind.Story => $"/newsroom/artikel/tulis/{use.Id}/",
        MediaUseKind.Page => $"/newsroom/halaman/tulis/{use.Id}/",
        MediaUseKind.Profile => "/newsroom/pengguna/",
        _ => "/newsroom/pengaturan/",
    };

    /// <summary>A crop's address with the item's focal point in its query, so a moved point is fetched again here.</summary>
    public string CropPreview(Crop crop) => crops.For(Item.Url, crop) is var url && url != Item.Url
        ? FormattableString.Invariant($"{url}?fokus={Item.FocusX}-{Item.FocusY}") : Item.Url;
}
