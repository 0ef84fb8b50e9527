using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Media;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Areas.Newsroom.Pages.Media;

/// <summary>The media library: upload (alt text required), find, and delete one's own (or, for editors, anyone's) when nothing uses it.</summary>
[Authorize(Policy = Capability.UploadMedia)]
[RequestSizeLimit(25 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 25 * 1024 * 1024)]
public class IndexModel(WartaDb db, StoreUpload store, StoreFile files, CurrentStaff current, MediaUses uses, AuditLog audit) : NewsroomPage
{
    [BindProperty] public string? Alt { get; set; }
    [BindProperty] public string? Caption { get; set; }
    [BindProperty] public string? Credit { get; set; }
    [FromQuery(Name = "q")] public string? Query { get; set; }

    public List<MediaItem> Items { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        if (await StoreAsync(file, staff, ct) is { } item)
        {
            Done = T("MediaUploaded", item.OriginalName);
            Alt = Caption = Credit = null;
        }
        await LoadAsync();
        return Page();
    }

    /// <summary>
    /// The editor's upload (its image button, a dropped or pasted picture): the same checks as the form, answered in
    /// JSON so the writer never leaves the story.
    /// </summary>
    public async Task<IActionResult> OnPostJsonAsync(IFormFile? file, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        if (await StoreAsync(file, staff, ct) is { } item) return new JsonResult(PickModel.Describe(item));
        return new JsonResult(new { problems = Problems }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    private async Task<MediaItem?> StoreAsync(IFormFile? file, StaffMember staff, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Alt) || Alt.Trim().Length > 500) Problems.Add(T("MediaAltRequired"));
        if ((Caption ?? "").Length > 1000 || (Credit ?? "").Length > 300) Problems.Add(T("FieldTooLong", T("EdImageCaption"), 1000));
        if (file is null) Problems.Add(T("MediaEmpty"));
        if (Problems.Count > 0) return null;
        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, ct);
        var (item, problem) = StoreFile.Accepts(file.FileName) ? files.Run(buffer.ToArray(), file.FileName) : store.Run(buffer.ToArray(), file.FileName);
        if (problem is not null)
        {
            Problems.Add(T(problem));
            return null;
        }
        item!.Alt = Alt!.Trim();
        item.Caption = string.IsNullOrWhiteSpace(Caption) ? null : Caption.Trim();
        item.Credit = CreditLine.Plain(Credit);
        item.UploadedById = staff.Id;
        db.MediaItems.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (item is null) return NotFound();
        if (!MayDelete(staff.Can(Capability.EditOthers), staff.Id, item)) Problems.Add(T("MediaNotYours"));
        else if (await uses.FirstAsync(item, ct) is { } use)
            Problems.Add(use.Kind switch
            {
                MediaUseKind.Story => T("MediaInUse", use.Name),
                MediaUseKind.Page => T("MediaInUsePage", use.Name),
                MediaUseKind.Profile => T("MediaInUseProfile", use.Name),
                _ => T("MediaInUseIdentity"),
            });
        else
        {
            db.MediaItems.Remove(item);
            audit.Record(staff.Id, staff.Name, AuditActions.MediaDeleted, item.OriginalName, item.Url);
            await db.SaveChangesAsync(ct);
            // Files go only once the row and its audit entry are committed: a failed save leaves nothing broken.
            store.Delete(item);
            Done = T("MediaDeleted", item.OriginalName);
        }
        await LoadAsync();
        return Page();
    }

    /// <summary>An item belongs to whoever uploaded it; anyone else's needs the editor's capability.</summary>
    internal static bool MayDelete(bool editsOthers, int? userId, MediaItem item) =>
        editsOthers || (item.UploadedById is { } owner && owner == userId);

    public bool CanDelete(MediaItem item) => MayDelete(Can(Capability.EditOthers), UserId, item);

    private async Task LoadAsync()
    {
        Title = T("MediaTitle");
        var query = db.MediaItems.AsNoTracking();
        if (Query is { Length: > 0 } q) query = query.Where(m => m.Alt.Contains(q) || m.OriginalName.Contains(q));
        Items = await query.OrderByDescending(m => m.Id).Take(60).ToListAsync();
    }
}
