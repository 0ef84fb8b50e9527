using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Areas.Newsroom.Pages.Account;

/// <summary>
/// Where a mailed link leads: an invitee chooses their first password, or someone who forgot theirs a new one. The
/// link works once and for a limited time (<see cref="StaffLinkTokens"/>); setting the password ends every session
/// the account had and every other link sent to it.
/// </summary>
public class SetPasswordModel(UserManager<NewsroomUser> users, StaffSessions sessions, AuditLog audit, WartaDb db) : NewsroomPage
{
    [BindProperty(SupportsGet = true)] public int Akun { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kode { get; set; }
    [BindProperty(SupportsGet = true)] public string? Undangan { get; set; }
    [BindProperty] public string? New { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    public bool Invitation => Undangan == "1";
    public bool LinkWorks { get; private set; }
    public string Name { get; private set; } = "";
    public string EmailAddress { get; private set; } = "";
    public List<string> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        NoStore();
        await CheckAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        NoStore();
        var user = await CheckAsync();
        if (user is null) return Page();
        if (string.IsNullOrEmpty(New) || string.IsNullOrEmpty(Confirm)) Problems.Add(T("NrFillEveryField"));
        else if (New != Confirm) Problems.Add(T("NrPasswordsDiffer"));
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var result = Invitation ? await users.AddPasswordAsync(user, New!) : await users.ResetPasswordAsync(user, Kode!, New!);
        if (!result.Succeeded)
        {
            Problems.AddRange(result.Errors.Select(e => e.Description));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        // Either way the security stamp changed with the password: this link and every other sent before are spent.
        if (Invitation)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        await sessions.EndAllAsync(user.Id);
        audit.Record(user.Id, user.DisplayName, AuditActions.PasswordSetByLink, $"{user.DisplayName} <{user.Email}>", Invitation ? "invitation" : "reset");
        await db.SaveChangesAsync(ct);
        return Redirect("/newsroom/masuk/?sandi=baru");
    }

    /// <summary>The account the link is for when the link still works: right token, right purpose, account active.</summary>
    private async Task<NewsroomUser?> CheckAsync()
    {
        Title = Invitation ? T("NrAcceptInvitation") : T("NrForgotTitle");
        var user = Akun > 0 ? await users.FindByIdAsync(Akun.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        if (user is null || user.DeactivatedAt is not null || string.IsNullOrEmpty(Kode) || Kode.Length > 2000) return null;
        // An invitation is for an account without a password: once one is chosen, the invitation is spent.
        if (Invitation && user.PasswordHash is not null) return null;
        LinkWorks = Invitation
            ? await users.VerifyUserTokenAsync(user, StaffLinkTokens.Invitation, StaffLinkTokens.InvitationPurpose, Kode)
            : await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<NewsroomUser>.ResetPasswordTokenPurpose, Kode);
        if (!LinkWorks) return null;
        (Name, EmailAddress) = (user.DisplayName, user.Email ?? "");
        return user;
    }

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}
