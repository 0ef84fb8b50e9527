using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Media;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Media;

/// <summary>The media library: upload (alt text required), find, and delete one's own (or, for editors, anyone's) when nothing uses it.</summary>
[Authorize(Policy = Capability.UploadMedia)]
[RequestSizeLimit(25 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 25 * 1024 * 1024)]
public class IndexModel(WartaDb db, AddMedia add, DeleteMedia delete, CurrentStaff current) : NewsroomPage
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
        byte[]? bytes = null;
        if (file is not null)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        var (item, problems) = await add.RunAsync(bytes, file?.FileName, Alt, Caption, Credit, staff, ct);
        Problems.AddRange(problems.Values);
        return item;
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (item is null) return NotFound();
        if (await delete.RunAsync(item, staff, ct) is { } refused) Problems.Add(refused.Problem);
        else Done = T("MediaDeleted", item.OriginalName);
        await LoadAsync();
        return Page();
    }

    public bool CanDelete(MediaItem item) => Can(Capability.EditOthers) || (item.UploadedById is { } owner && owner == UserId);

    private async Task LoadAsync()
    {
        Title = T("MediaTitle");
        var query = db.MediaItems.AsNoTracking();
        if (Query is { Length: > 0 } q) query = query.Where(m => m.Alt.Contains(q) || m.OriginalName.Contains(q));
        Items = await query.OrderByDescending(m => m.Id).Take(60).ToListAsync();
    }
}
