namespace Warta.Web.Newsroom.Audit;

public static class AuditActions
{
    public const string Published = "article.published";
    public const string Scheduled = "article.scheduled";
    public const string Unpublished = "article.unpublished";
    public const string Trashed = "article.trashed";
    public const string Restored = "article.restored";
    public const string Deleted = "article.deleted";
    public const string UserCreated = "user.created";
    public const string RoleChanged = "user.role-changed";
    /// <summary>Written by earlier versions (which locked accounts); kept so old entries still read.</summary>
    public const string SignInLockedOut = "user.locked-out";
    public const string CommentsErased = "comments.erased";
    public const string Imported = "import.wordpress";
    public const string MediaDeleted = "media.deleted";
    public const string PageDeleted = "page.deleted";
    public const string HeldByChecks = "article.held-by-checks";
    public const string Corrected = "article.corrected";
    public const string ReplyAttached = "article.reply-attached";
    public const string LiveStarted = "article.live-started";
    public const string LiveEnded = "article.live-ended";
    public const string LiveEntryWithdrawn = "article.live-entry-withdrawn";
    public const string SignInFailures = "user.sign-in-failures";
    public const string Deactivated = "user.deactivated";
    public const string Reactivated = "user.reactivated";
    public const string SessionsEnded = "user.sessions-ended";
    public const string Invited = "user.invited";
    public const string PasswordLinkSent = "user.password-link-sent";
    public const string PasswordSetByLink = "user.password-set-by-link";
    public const string ApplicationPasswordCreated = "user.app-password-created";
    public const string ApplicationPasswordRevoked = "user.app-password-revoked";
}
