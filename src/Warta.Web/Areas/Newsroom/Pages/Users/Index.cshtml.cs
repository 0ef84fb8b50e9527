using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;
using Warta.Web.Newsroom.Mail;

namespace Warta.Web.Areas.Newsroom.Pages.Users;

[Authorize(Policy = Capability.ManageUsers)]
/// <summary>Staff accounts: add, change a role, deactivate (and reactivate), and see and end each account's sessions.</summary>
public class IndexModel(WartaDb db, UserManager<NewsroomUser> users, AddStaffMember addStaff, AuditLog audit, StaffSessions sessions, StaffMail mail, TimeProvider clock) : NewsroomPage
{
    [BindProperty, EmailAddress, StringLength(256)] public string? NewEmail { get; set; }
    [BindProperty, StringLength(NewsroomUser.DisplayNameMaxLength)] public string? NewName { get; set; }
    [BindProperty] public string? NewRole { get; set; }
    [BindProperty, StringLength(512)] public string? NewPassword { get; set; }

    public sealed record StaffRow(int Id, string Name, string Email, string Role, bool Deactivated, bool Invited, IReadOnlyList<StaffSession> Sessions);

    public List<StaffRow> Staff { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public string? Done { get; private set; }

    /// <summary>Whether invitations and notices can be mailed (<see cref="MailOptions"/>); the page says so when not.</summary>
    public bool MailReady => mail.IsConfigured;

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>
    /// With a first password the account is ready at once; without one (mail set up) the person gets an invitation
    /// and chooses their own.
    /// </summary>
    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var invite = string.IsNullOrEmpty(NewPassword);
        if (string.IsNullOrWhiteSpace(NewName) || NewName.Length > NewsroomUser.DisplayNameMaxLength) Problems.Add(T("NameRequired", NewsroomUser.DisplayNameMaxLength));
        if (string.IsNullOrWhiteSpace(NewEmail) || !new EmailAddressAttribute().IsValid(NewEmail)) Problems.Add(T("InvalidEmail", NewEmail ?? ""));
        if (invite && !mail.IsConfigured) Problems.Add(T("NrPasswordOrMail", 10));
        if (Problems.Count == 0)
        {
            Problems.AddRange(await addStaff.RunAsync(NewEmail!, NewName!, NewRole ?? "", invite ? null : NewPassword, (UserId, UserName)));
            if (Problems.Count == 0)
            {
                if (!invite) Done = T("NrUserAdded", NewName!);
                else
                {
                    var user = (await users.FindByEmailAsync(NewEmail!.Trim()))!;
                    await InviteAsync(user, NewRole ?? "", ct);
                }
                NewEmail = NewName = NewPassword = null;
            }
        }
        await LoadAsync();
        return Page();
    }

    /// <summary>A new invitation for an account that has not chosen its password yet (the first was lost, or expired).</summary>
    public async Task<IActionResult> OnPostInviteAgainAsync(int userId, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null) return NotFound();
        if (user.PasswordHash is not null || user.DeactivatedAt is not null) Problems.Add(T("NrNotInvited", user.DisplayName));
        else if (!mail.IsConfigured) Problems.Add(T("NrMailNotConfigured"));
        else await InviteAsync(user, (await users.GetRolesAsync(user)).FirstOrDefault() ?? "", ct);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(int userId, string role)
    {
        var user = await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null) return NotFound();
        if (!NewsroomRoles.IsKnown(role)) Problems.Add(T("UnknownRole", role, string.Join(", ", NewsroomRoles.All)));
        else
        {
            var current = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
            var admins = await users.GetUsersInRoleAsync(NewsroomRoles.Administrator);
            if (current == NewsroomRoles.Administrator && role != current && admins.Count <= 1)
                Problems.Add(T("NrLastAdministrator"));
            else if (role != current)
            {
                if (current.Length > 0) await users.RemoveFromRoleAsync(user, current);
                await users.AddToRoleAsync(user, role);
                await users.UpdateSecurityStampAsync(user); // the old role's cookie stops working at its next validation
                audit.Record(UserId, UserName, AuditActions.RoleChanged, $"{user.DisplayName} <{user.Email}>", $"{current} → {role}");
                await db.SaveChangesAsync();
                Done = T("NrRoleChanged", user.DisplayName, role);
            }
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeactivateAsync(int userId)
    {
        var user = await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null) return NotFound();
        if (user.Id == UserId) Problems.Add(T("NrCannotDeactivateSelf"));
        else if (await users.IsInRoleAsync(user, NewsroomRoles.Administrator)
            && (await users.GetUsersInRoleAsync(NewsroomRoles.Administrator)).Count(a => a.DeactivatedAt is null) <= 1)
            Problems.Add(T("NrLastAdministrator"));
        else if (user.DeactivatedAt is null)
        {
            user.DeactivatedAt = clock.GetUtcNow().UtcDateTime;
            await users.UpdateSecurityStampAsync(user); // saves the flag too; every cookie of the account is now stale
            var ended = await sessions.EndAllAsync(user.Id);
            audit.Record(UserId, UserName, AuditActions.Deactivated, $"{user.DisplayName} <{user.Email}>", ended.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.SaveChangesAsync();
            Done = T("NrUserDeactivated", user.DisplayName) + await NoticeAsync(mail.DeactivatedAsync(user, UserName, HttpContext.RequestAborted));
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostActivateAsync(int userId)
    {
        var user = await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null) return NotFound();
        if (user.DeactivatedAt is not null)
        {
            user.DeactivatedAt = null;
            await users.UpdateAsync(user);
            audit.Record(UserId, UserName, AuditActions.Reactivated, $"{user.DisplayName} <{user.Email}>");
            await db.SaveChangesAsync();
            Done = T("NrUserReactivated", user.DisplayName) + await NoticeAsync(mail.ReactivatedAsync(user, UserName, HttpContext.RequestAborted));
        }
        await LoadAsync();
        return Page();
    }

    /// <summary>Ends one session (<paramref name="sessionId"/>) or, without it, every session of the account.</summary>
    public async Task<IActionResult> OnPostEndSessionsAsync(int userId, string? sessionId)
    {
        var user = await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null) return NotFound();
        var ended = 0;
        if (sessionId is { Length: > 0 })
        {
            if (await db.StaffSessions.AnyAsync(s => s.Id == sessionId && s.UserId == user.Id && s.EndedAt == null))
            {
                await sessions.EndAsync(sessionId);
                ended = 1;
            }
        }
        else ended = await sessions.EndAllAsync(user.Id);
        audit.Record(UserId, UserName, AuditActions.SessionsEnded, $"{user.DisplayName} <{user.Email}>", ended.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync();
        Done = TCount("NrSessionsEnded", ended, user.DisplayName);
        await LoadAsync();
        return Page();
    }

    private async Task InviteAsync(NewsroomUser user, string role, CancellationToken ct)
    {
        if (!await mail.InviteAsync(user, role, UserName, ct))
        {
            Problems.Add(T("NrInvitationNotSent", user.DisplayName));
            return;
        }
        audit.Record(UserId, UserName, AuditActions.Invited, $"{user.DisplayName} <{user.Email}>", role);
        await db.SaveChangesAsync(ct);
        Done = T("NrUserInvited", user.DisplayName, user.Email!);
    }

    /// <summary>What became of the notice mailed to the person: sent, not sent (the change stands), or no mail set up.</summary>
    private async Task<string> NoticeAsync(Task<bool> sending)
    {
        if (!mail.IsConfigured) return "";
        return " " + (await sending ? T("NrNoticeSent") : T("NrNoticeNotSent"));
    }

    private async Task LoadAsync()
    {
        Title = T("NrUsers");
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Email, u.DeactivatedAt, Invited = u.PasswordHash == null,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync();
        var open = (await sessions.OpenAsync(rows.Select(r => r.Id), HttpContext.RequestAborted)).ToLookup(s => s.UserId);
        Staff = rows.ConvertAll(u => new StaffRow(u.Id, u.DisplayName, u.Email ?? "", u.Role ?? "", u.DeactivatedAt is not null, u.Invited, open[u.Id].ToList()));
    }
}
