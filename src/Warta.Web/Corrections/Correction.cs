using Warta.Web.Articles;

namespace Warta.Web.Corrections;

/// <summary>What a published note on a story is, as Indonesia's guidelines for online media name them.</summary>
public enum CorrectionKind
{
    /// <summary>"Ralat": the story said something wrong and now says it right.</summary>
    Ralat = 0,

    /// <summary>"Hak Jawab": someone the story concerns answers it, in a reply story the note links to.</summary>
    HakJawab = 1,
}

/// <summary>
/// A dated correction or right-of-reply note attached to a published story: shown at the top of the story, in its
/// feed item, on the corrections page, and counted in the story's <c>dateModified</c> and sitemap <c>lastmod</c>.
/// What the story's words were before it is in the story's revisions.
/// </summary>
public class Correction
{
    public const int NoteMaxLength = 2000;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public CorrectionKind Kind { get; set; }

    /// <summary>What was wrong and what is right (plain text), or for a reply who answers and on what.</summary>
    public required string Note { get; set; }

    /// <summary>The reply story a "Hak Jawab" links to.</summary>
    public int? ReplyArticleId { get; set; }

    public DateTime PublishedAt { get; set; }
    public int? CreatedById { get; set; }
    public required string CreatedByName { get; set; }
}
