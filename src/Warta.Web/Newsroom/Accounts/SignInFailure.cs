namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// Failed sign-ins counted for one client address or one typed account (hashed, whether or not it exists), in the
/// database so that every node of a cluster slows the same guesser.
/// </summary>
public class SignInFailure
{
    /// <summary>"a:" + address, or "u:" + a hash of the normalised email typed.</summary>
    public required string Key { get; set; }
    public int Count { get; set; }
    public DateTime FirstAt { get; set; }
    public DateTime LastAt { get; set; }
}
