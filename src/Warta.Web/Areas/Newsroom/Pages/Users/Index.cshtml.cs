using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Areas.Newsroom.Pages.Users;

[Authorize(Policy = Capability.ManageUsers)]
/// <summary>Staff accounts: add, change a role, deactivate (and reactivate), and see and end each account's sessions.</summary>
public class IndexModel(WartaDb db, UserManager<NewsroomUser> users, AddStaffMember addStaff, AuditLog audit, StaffSessions sessions, TimeProvider clock) : NewsroomPage
{
    [BindProperty, EmailAddress, StringLength(256)] public string? NewEmail { get; set; }
    [BindProperty, StringLength(NewsroomUser.DisplayNameMaxLength)] public string? NewName { get; set; }
    [BindProperty] public string? NewRole { get; set; }
    [BindProperty, StringLength(512)] public string? NewPassword { get; set; }

    public sealed record StaffRow(int Id, string Name, string Email, string Role, bool Deactivated, IReadOnlyList<StaffSession> Sessions);

    public List<StaffRow> Staff { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (string.IsNullOrWhiteSpace(NewName) || NewName.Length > NewsroomUser.DisplayNameMaxLength) Problems.Add(T("NameRequired", NewsroomUser.DisplayNameMaxLength));
        if (string.IsNullOrWhiteSpace(NewEmail) || !new EmailAddressAttribute().IsValid(NewEmail)) Problems.Add(T("InvalidEmail", NewEmail ?? ""));
        if (string.IsNullOrEmpty(NewPassword)) Problems.Add(T("PasswordTooShort", 10));
        if (Problems.Count == 0)
        {
            Problems.AddRange(await addStaff.RunAsync(NewEmail!, NewName!, NewRole ?? "", NewPassword!, (UserId, UserName)));
            if (Problems.Count == 0)
            {
                Done = T("NrUserAdded", NewName!);
                NewEmail = NewName = NewPassword = null;
            }
        }
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
            Done = T("NrUserDeactivated", user.DisplayName);
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
            Done = T("NrUserReactivated", user.DisplayName);
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

    private async Task LoadAsync()
    {
        Title = T("NrUsers");
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Email, u.DeactivatedAt,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync();
        var open = (await sessions.OpenAsync(rows.Select(r => r.Id), HttpContext.RequestAborted)).ToLookup(s => s.UserId);
        Staff = rows.ConvertAll(u => new StaffRow(u.Id, u.DisplayName, u.Email ?? "", u.Role ?? "", u.DeactivatedAt is not null, open[u.Id].ToList()));
    }
}
