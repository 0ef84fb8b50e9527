namespace Warta.Web.Comments;

public enum SpamVerdict
{
    Unsure,
    Hold,
    Spam,
}

/// <summary>
/// A place for a site to plug in a spam service (Akismet and the like) later: every registered checker sees each
/// new comment after Warta's own rules; the strictest verdict wins.
/// </summary>
public interface ISpamChecker
{
    Task<SpamVerdict> CheckAsync(Comment comment, CancellationToken ct);
}
