using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Comments;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Areas.Newsroom.Pages.Comments;

/// <summary>
/// A commenter's data requests under Indonesia's personal data protection law (UU PDP): an editor exports or erases
/// everything stored under an email address. Erased comments keep their place in threads as "deleted".
/// </summary>
[Authorize(Policy = Capability.EditOthers)]
public class PrivacyModel(WartaDb db, CurrentStaff current, AuditLog audit, TimeProvider clock) : NewsroomPage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [BindProperty] public string? Email { get; set; }

    public string? Done { get; private set; }
    public string? Problem { get; private set; }

    public void OnGet() => Title = T("CmPrivacy");

    public async Task<IActionResult> OnPostExportAsync(CancellationToken ct)
    {
        Title = T("CmPrivacy");
        var email = Email?.Trim() ?? "";
        if (email.Length == 0) { Problem = T("CmEmailInvalid"); return Page(); }
        var comments = await db.Comments.AsNoTracking().Where(c => c.AuthorEmail == email).OrderBy(c => c.CreatedAt)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new
            {
                article = a.Headline, c.AuthorName, c.AuthorEmail, c.AuthorUrl, c.AuthorIp, c.UserAgent, c.Text, status = c.Status.ToString(), createdAtUtc = c.CreatedAt,
            }).ToListAsync(ct);
        var json = JsonSerializer.SerializeToUtf8Bytes(new { email, exportedAtUtc = clock.GetUtcNow().UtcDateTime, comments }, Indented);
        return File(json, "application/json", "komentar-" + string.Concat(email.Where(char.IsLetterOrDigit)) + ".json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        Title = T("CmPrivacy");
        var staff = await current.GetAsync();
        var email = Email?.Trim() ?? "";
        if (staff is null || email.Length == 0) { Problem = T("CmEmailInvalid"); return Page(); }
        var comments = await db.Comments.Where(c => c.AuthorEmail == email).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var c in comments) c.Erase(now);
        // The log names how many, not whose: the address itself is what was asked to be forgotten.
        audit.Record(staff.Id, staff.Name, AuditActions.CommentsErased, $"{comments.Count}", null);
        await db.SaveChangesAsync(ct);
        Done = TCount("CmErasedCount", comments.Count);
        Email = null;
        return Page();
    }
}
