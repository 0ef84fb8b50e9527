namespace Warta.Web.Comments;

/// <summary>
/// A reader's comment. Email and address are kept for moderation and the commenter's own data requests, and never
/// appear in any public output. An erased comment keeps its place in the thread without its words or writer.
/// </summary>
public class Comment
{
    // WordPress's limits, so imported comments always fit.
    public const int TextMaxLength = 65_525;
    public const int NameMaxLength = 245;
    public const int EmailMaxLength = 100;
    public const int UrlMaxLength = 200;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int? ParentId { get; set; }
    public int Depth { get; set; }
    public string? AuthorName { get; set; }
    public string? AuthorEmail { get; set; }
    public string? AuthorUrl { get; set; }
    public string? AuthorIp { get; set; }
    public string? UserAgent { get; set; }
    public string? Text { get; set; }
    public CommentStatus Status { get; set; }
    public CommentKind Kind { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>A staff account replying from the newsroom; staff comments skip moderation.</summary>
    public int? UserId { get; set; }
    public DateTime? ErasedAt { get; set; }

    /// <summary>The comment's id in an imported WordPress export.</summary>
    public int? WordPressId { get; set; }

    public void Erase(DateTime utcNow)
    {
        (AuthorName, AuthorEmail, AuthorUrl, AuthorIp, UserAgent, Text) = (null, null, null, null, null, null);
        ErasedAt = utcNow;
    }
}
