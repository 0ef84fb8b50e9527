namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// One signed-in browser, known to the server: its cookie names it, so signing out, deactivation or an administrator
/// ends it for good, even if the cookie was copied.
/// </summary>
public class StaffSession
{
    public const int AgentMaxLength = 300;

    /// <summary>Random, unguessable (128 bits, hex).</summary>
    public required string Id { get; set; }
    public int UserId { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public string? Address { get; set; }
    public string? UserAgent { get; set; }
}
