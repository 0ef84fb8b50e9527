using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Resources;
using Warta.Web.Settings;

namespace Warta.Web.Newsroom.Mail;

/// <summary>
/// The mail a newsroom account receives: an invitation, a "forgot password" link, notice of deactivation and
/// reactivation. Links point to the site's public address and carry a single-use token (<see cref="StaffLinkTokens"/>).
/// </summary>
public sealed class StaffMail(
    Mailer mailer, UserManager<NewsroomUser> users, IStringLocalizer<SharedResource> text, IOptions<MailOptions> options,
    SiteSettingsCache settings, IHttpContextAccessor http)
{
    public const string SetPasswordPath = "/newsroom/akun/atur-sandi/";

    public bool IsConfigured => mailer.IsConfigured;

    public async Task<bool> InviteAsync(NewsroomUser user, string role, string inviter, CancellationToken ct)
    {
        var token = await users.GenerateUserTokenAsync(user, StaffLinkTokens.Invitation, StaffLinkTokens.InvitationPurpose);
        var site = settings.Current.Name;
        return await mailer.SendAsync(user.DisplayName, user.Email!, text["MailInviteSubject", site],
            text["MailInviteBody", user.DisplayName, inviter, site, text["Role_" + role], options.Value.InvitationHours, LinkFor(user, token, invitation: true)], ct);
    }

    /// <summary>
    /// Mails a "forgot password" link without waiting for the server, so the page answers in the same time whether
    /// or not the address has an account.
    /// </summary>
    public async Task SendPasswordLinkInBackgroundAsync(NewsroomUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var site = settings.Current.Name;
        var (name, address) = (user.DisplayName, user.Email!);
        var subject = text["MailResetSubject", site].Value;
        var body = text["MailResetBody", user.DisplayName, site, options.Value.PasswordLinkMinutes, LinkFor(user, token, invitation: false)].Value;
        _ = Task.Run(() => mailer.SendAsync(name, address, subject, body, CancellationToken.None));
    }

    public Task<bool> DeactivatedAsync(NewsroomUser user, string by, CancellationToken ct)
    {
        var site = settings.Current.Name;
        return mailer.SendAsync(user.DisplayName, user.Email!, text["MailDeactivatedSubject", site], text["MailDeactivatedBody", user.DisplayName, site, by], ct);
    }

    public Task<bool> ReactivatedAsync(NewsroomUser user, string by, CancellationToken ct)
    {
        var site = settings.Current.Name;
        return mailer.SendAsync(user.DisplayName, user.Email!, text["MailReactivatedSubject", site],
            text["MailReactivatedBody", user.DisplayName, site, by, Origin() + NewsroomSetup.SignInPath], ct);
    }

    private string LinkFor(NewsroomUser user, string token, bool invitation) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Origin()}{SetPasswordPath}?akun={user.Id}&kode={Uri.EscapeDataString(token)}{(invitation ? "&undangan=1" : "")}");

    private string Origin() => http.HttpContext is { } context ? Site.PublicOrigin.Of(context) : "";
}
