namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// WordPress's roles, plus Moderator: WordPress bundles comment moderation with full editor powers, newsrooms want
/// them apart. A user has one role.
/// </summary>
public static class NewsroomRoles
{
    public const string Administrator = "administrator";
    public const string Editor = "editor";
    public const string Author = "author";
    public const string Contributor = "contributor";
    public const string Moderator = "moderator";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, Author, Contributor, Moderator];

    public static bool IsKnown(string role) => All.Contains(role);
}
