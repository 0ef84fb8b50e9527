using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;
using Warta.Web.Newsroom.Mail;

namespace Warta.Web.Areas.Newsroom.Pages.Account;

/// <summary>
/// "Lupa kata sandi": a single-use link by email. The answer is the same whether or not the address has an account
/// (and the mail leaves in the background, so the time is the same too); an account gets at most one link every few
/// minutes, however often the form is sent, and a deactivated one none.
/// </summary>
public class ForgotPasswordModel(UserManager<NewsroomUser> users, StaffMail mail, WartaDb db, AuditLog audit, TimeProvider clock) : NewsroomPage
{
    private static readonly TimeSpan OneLinkPer = TimeSpan.FromMinutes(2);

    [BindProperty] public string? Email { get; set; }
    public bool Sent { get; private set; }
    public string? Problem { get; private set; }
    public bool MailReady => mail.IsConfigured;

    public void OnGet() => Title = T("NrForgotTitle");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Title = T("NrForgotTitle");
        if (!mail.IsConfigured) return Page();
        if (string.IsNullOrWhiteSpace(Email) || Email.Length > 256 || !new EmailAddressAttribute().IsValid(Email.Trim()))
        {
            Problem = T("InvalidEmail", Email ?? "");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        if (await users.FindByEmailAsync(Email.Trim()) is { DeactivatedAt: null } user)
        {
            var subject = $"{user.DisplayName} <{user.Email}>";
            var since = clock.GetUtcNow().UtcDateTime - OneLinkPer;
            if (!await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.PasswordLinkSent && e.Subject == subject && e.At > since, ct))
            {
                audit.Record(user.Id, user.DisplayName, AuditActions.PasswordLinkSent, subject, HttpContext.Connection.RemoteIpAddress?.ToString());
                await db.SaveChangesAsync(ct);
                await mail.SendPasswordLinkInBackgroundAsync(user);
            }
        }
        Sent = true;
        return Page();
    }
}
