using Warta.Web.Articles;

namespace Warta.Web.Live;

/// <summary>
/// One timestamped entry of a story's live coverage ("Liputan langsung"): Markdown like a story's body, with its own
/// anchor (<c>#entri-{Id}</c>). Edits say so; a withdrawn entry leaves readers' pages (and stays here, for the record).
/// </summary>
public class LiveEntry
{
    public const int HeadlineMaxLength = 200;
    public const int BodyMaxLength = 20_000;

    /// <summary>Key points held above the stream: more than this and none of them is key.</summary>
    public const int MaxPinned = 3;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public string? Headline { get; set; }
    public required string Body { get; set; }
    public DateTime PublishedAt { get; set; }

    /// <summary>Any change readers see (posted, edited, withdrawn, pinned): what a reader's page asks after.</summary>
    public DateTime ChangedAt { get; set; }
    public DateTime? EditedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }

    /// <summary>When it became a key point ("Poin penting"); null when it is not one.</summary>
    public DateTime? PinnedAt { get; set; }
    public int? AuthorId { get; set; }
    public required string AuthorName { get; set; }

    /// <summary>What readers see of who wrote it, as wire desks sign: "RAS".</summary>
    public required string AuthorInitials { get; set; }
}
