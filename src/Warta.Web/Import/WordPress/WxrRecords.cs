namespace Warta.Web.Import.WordPress;

/// <summary>One thing read from a WordPress export (WXR 1.0, 1.1 or 1.2), in the order the file gives them.</summary>
public abstract record WxrRecord;

public sealed record WxrSite(string? Title, string? Link, string? BaseSiteUrl, string? WxrVersion, string? Language) : WxrRecord;

public sealed record WxrAuthor(int? Id, string Login, string? Email, string? DisplayName, string? FirstName, string? LastName) : WxrRecord;

/// <summary>A category, tag or other term (WXR 1.2's generic wp:term has the taxonomy).</summary>
public sealed record WxrTerm(int? Id, string Taxonomy, string Slug, string Name, string? ParentSlug, string? Description) : WxrRecord;

public sealed record WxrComment(
    int Id, string? Author, string? AuthorEmail, string? AuthorUrl, string? AuthorIp, string? Date, string? DateGmt,
    string Content, string Approved, string? Type, int Parent, int UserId);

public sealed record WxrItemTerm(string Domain, string Slug, string Name);

public sealed record WxrItem(
    int PostId, string PostType, string Status, string? Title, string? Link, string? WpGuid, string? Creator,
    string Content, string? Excerpt, string? PostDate, string? PostDateGmt, string? Slug, int Parent, bool IsSticky,
    string? AttachmentUrl, IReadOnlyList<WxrItemTerm> Terms, IReadOnlyDictionary<string, string> Meta,
    IReadOnlyList<WxrComment> Comments) : WxrRecord
{
    /// <summary>WordPress's post password; null when the item is not protected.</summary>
    public string? Password { get; init; }
    public bool CommentsOpen { get; init; } = true;
    public bool PingsOpen { get; init; } = true;
    public int MenuOrder { get; init; }
}
