namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// A password a member of staff gives one app or script so it can use the REST API as them (WordPress's "Application
/// Passwords"): made by the server, shown once, kept only as a hash, revoked on its own without touching the account's
/// own password or sessions.
/// </summary>
public class ApplicationPassword
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    /// <summary>Public identifier (as WordPress's <c>uuid</c>), used to revoke one.</summary>
    public Guid Uuid { get; set; }
    public int UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>SHA-256 of the password, hex. The password carries 142 random bits, so a slow hash would add nothing.</summary>
    public required string Hash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}
