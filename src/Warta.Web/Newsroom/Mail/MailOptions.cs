using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Newsroom.Mail;

/// <summary>How the newsroom's mail (invitations, password links, account notices) is sent.</summary>
public enum MailSecurity
{
    /// <summary>TLS from the first byte on port 465, STARTTLS when the server offers it elsewhere.</summary>
    Auto,
    /// <summary>Plain SMTP: only for a relay on the same machine or network (127.0.0.1, a local postfix).</summary>
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>
/// Bound from "Warta:Mail" (appsettings, or the environment: <c>Warta__Mail__Host</c>, <c>Warta__Mail__Password</c>…).
/// Credentials live here only: never in the database, never shown in the newsroom. Without a host and a sender the
/// newsroom sends nothing and says so where mail would have gone.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Warta:Mail";

    public string? Host { get; set; }
    [Range(1, 65535)] public int Port { get; set; } = 587;
    public MailSecurity Security { get; set; } = MailSecurity.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender's address, e.g. redaksi@berita.example.</summary>
    [EmailAddress] public string? From { get; set; }

    /// <summary>The sender's name; the site's name when empty.</summary>
    public string? FromName { get; set; }

    [Range(1, 300)] public int TimeoutSeconds { get; set; } = 20;

    /// <summary>How long an invitation link works (hours).</summary>
    [Range(1, 720)] public int InvitationHours { get; set; } = 72;

    /// <summary>How long a "forgot password" link works (minutes).</summary>
    [Range(5, 1440)] public int PasswordLinkMinutes { get; set; } = 60;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
