using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Warta.Web.Newsroom.Mail;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// The tokens in mailed links. Each is signed with the site's key ring and carries the account's security stamp, so
/// it works once: setting the password changes the stamp, and every link sent before stops working with it (as do
/// the account's sessions). Each purpose has its own lifetime from <see cref="MailOptions"/>.
/// </summary>
public static class StaffLinkTokens
{
    public const string Invitation = "WartaInvitation";
    public const string PasswordReset = "WartaPasswordReset";

    /// <summary>The token purpose of an invitation (a password reset uses Identity's own).</summary>
    public const string InvitationPurpose = "AcceptInvitation";

    public static IdentityBuilder AddStaffLinkTokens(this IdentityBuilder identity)
    {
        identity.Services.AddOptions<InvitationTokenOptions>().Configure<IOptions<MailOptions>>((o, mail) =>
        {
            o.Name = Invitation;
            o.TokenLifespan = TimeSpan.FromHours(mail.Value.InvitationHours);
        });
        identity.Services.AddOptions<PasswordResetTokenOptions>().Configure<IOptions<MailOptions>>((o, mail) =>
        {
            o.Name = PasswordReset;
            o.TokenLifespan = TimeSpan.FromMinutes(mail.Value.PasswordLinkMinutes);
        });
        identity.Services.Configure<IdentityOptions>(o => o.Tokens.PasswordResetTokenProvider = PasswordReset);
        return identity.AddTokenProvider<InvitationTokenProvider>(Invitation).AddTokenProvider<PasswordResetTokenProvider>(PasswordReset);
    }

    public sealed class InvitationTokenOptions : DataProtectionTokenProviderOptions;

    public sealed class PasswordResetTokenOptions : DataProtectionTokenProviderOptions;

    public sealed class InvitationTokenProvider(IDataProtectionProvider protection, IOptions<InvitationTokenOptions> options, ILogger<DataProtectorTokenProvider<NewsroomUser>> log)
        : DataProtectorTokenProvider<NewsroomUser>(protection, options, log);

    public sealed class PasswordResetTokenProvider(IDataProtectionProvider protection, IOptions<PasswordResetTokenOptions> options, ILogger<DataProtectorTokenProvider<NewsroomUser>> log)
        : DataProtectorTokenProvider<NewsroomUser>(protection, options, log);
}
