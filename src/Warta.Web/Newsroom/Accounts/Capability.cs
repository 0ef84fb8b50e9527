namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// What a role may do. Every back-office page and action names the capability it needs; roles are only a bundle
/// of capabilities (<see cref="Capabilities"/>), never checked directly.
/// </summary>
public static class Capability
{
    public const string EnterNewsroom = "newsroom.enter";
    public const string WriteDrafts = "articles.write";
    public const string PublishOwn = "articles.publish-own";
    public const string EditOthers = "articles.edit-others";
    public const string UploadMedia = "media.upload";
    public const string ManageTaxonomy = "taxonomy.manage";
    public const string ModerateComments = "comments.moderate";
    public const string ManageUsers = "users.manage";
    public const string ManageSettings = "settings.manage";
    public const string ViewAudit = "audit.view";

    /// <summary>Holding a story as the home page's headline: an editor's call about the whole front page, not one's own story.</summary>
    public const string PinHeadline = "articles.pin";
}
