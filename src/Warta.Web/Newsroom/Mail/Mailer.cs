using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Warta.Web.Settings;

namespace Warta.Web.Newsroom.Mail;

/// <summary>
/// Sends one plain-text message over SMTP with MailKit. A failure (server down, refused, timed out) is returned, not
/// thrown: the caller tells the person at the screen what did not go out, and nothing they did is undone.
/// </summary>
public sealed partial class Mailer(IOptions<MailOptions> options, SiteSettingsCache settings, ILogger<Mailer> log)
{
    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>True when the server accepted the message.</summary>
    public async Task<bool> SendAsync(string toName, string toAddress, string subject, string body, CancellationToken ct)
    {
        var mail = options.Value;
        if (!mail.IsConfigured) return false;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(string.IsNullOrWhiteSpace(mail.FromName) ? settings.Current.Name : mail.FromName, mail.From!));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        try
        {
            using var client = new SmtpClient { Timeout = mail.TimeoutSeconds * 1000 };
            await client.ConnectAsync(mail.Host!, mail.Port, SecurityOf(mail), ct);
            if (!string.IsNullOrEmpty(mail.UserName)) await client.AuthenticateAsync(mail.UserName, mail.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
            return true;
        }
        // Everything a server, the network or a wrong setting can cause (a server without AUTH when a user name is set
        // throws NotSupportedException), but not the site's own bugs.
        catch (Exception e) when (e is MailKit.CommandException or MailKit.ProtocolException or AuthenticationException or SslHandshakeException
                                      or MailKit.ServiceNotAuthenticatedException or MailKit.ServiceNotConnectedException or NotSupportedException
                                      or System.Net.Sockets.SocketException or IOException or TimeoutException or OperationCanceledException)
        {
            SendFailed(log, e, mail.Host!, mail.Port);
            return false;
        }
    }

    private static SecureSocketOptions SecurityOf(MailOptions mail) => mail.Security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail through {Host}:{Port} failed.")]
    private static partial void SendFailed(ILogger logger, Exception exception, string host, int port);
}
