namespace Warta.Web.Import.WordPress;

public enum ImportResult { Imported, Updated, Skipped }

/// <summary>
/// What became of one item or comment of the export: a row of the import's report. <see cref="Type"/> is WordPress's
/// post type for an item, or the comment's kind (comment, pingback, trackback) for a comment.
/// </summary>
public sealed record ImportOutcome(int WordPressId, string Type, string Title, ImportResult Result, int? WartaId, string? Note)
{
    public bool IsComment { get; init; }
}
