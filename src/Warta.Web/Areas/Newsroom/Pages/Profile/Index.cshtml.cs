using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Profile;

/// <summary>An author profile (byline name, bio, photo): everyone their own, editors anyone's.</summary>
public class IndexModel(WartaDb db, CurrentStaff current) : NewsroomPage
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Bio { get; set; }
    [BindProperty] public string? PhotoUrl { get; set; }

    public int? AuthorId { get; private set; }
    public List<(int Id, string Name)> Others { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? penulis)
    {
        if (await ResolveAsync(penulis) is { } refusal) return refusal;
        var author = await db.Authors.AsNoTracking().SingleAsync(a => a.Id == AuthorId);
        (Name, Bio, PhotoUrl) = (author.Name, author.Bio, author.PhotoUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? penulis)
    {
        if (await ResolveAsync(penulis) is { } refusal) return refusal;
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200) Problems.Add(T("FieldRequired", T("NrName")));
        if ((Bio ?? "").Length > 2000) Problems.Add(T("FieldTooLong", T("ProBio"), 2000));
        if (!string.IsNullOrEmpty(PhotoUrl) && (PhotoUrl.Length > 1000 || !(PhotoUrl.StartsWith('/') || PhotoUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase))))
            Problems.Add(T("ImageUrlInvalid"));
        if (Problems.Count > 0) return Page();
        var author = await db.Authors.SingleAsync(a => a.Id == AuthorId);
        (author.Name, author.Bio, author.PhotoUrl) = (Name!.Trim(), string.IsNullOrWhiteSpace(Bio) ? null : Bio.Trim(), string.IsNullOrWhiteSpace(PhotoUrl) ? null : PhotoUrl.Trim());
        await db.SaveChangesAsync();
        Saved = true;
        return Page();
    }

    private async Task<IActionResult?> ResolveAsync(int? requested)
    {
        Title = T("ProTitle");
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var mayEditOthers = staff.Can(Capability.EditOthers);
        if (requested is { } other && other != staff.AuthorId && !mayEditOthers) return Forbid();
        AuthorId = requested ?? staff.AuthorId;
        if (AuthorId is null || !await db.Authors.AnyAsync(a => a.Id == AuthorId)) return NotFound();
        if (mayEditOthers)
            Others = (await db.Authors.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync()).ConvertAll(a => (a.Id, a.Name));
        return null;
    }
}
