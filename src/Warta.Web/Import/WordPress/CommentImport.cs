using Microsoft.EntityFrameworkCore;
using Warta.Web.Comments;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// A story's comments with their threads (any depth, any order in the file) and status. A reply whose parent is
/// missing becomes a top-level comment rather than being lost. Every comment of the export is accounted for in the
/// summary. Pingbacks and trackbacks are kept as what they are (listed apart from readers' comments, or not at all, as
/// the discussion settings say); any other kind a plugin wrote is skipped with its reason.
/// </summary>
public sealed class CommentImport(ImportRun run)
{
    public async Task ImportAsync(WxrItem item, int articleId, bool isNewArticle, CancellationToken ct)
    {
        foreach (var other in item.Comments.Where(c => KindOf(c) is null))
            Skipped(other, $"a comment of type \"{WxrCensus.Kind(other.Type)}\" is not a reader comment, pingback or trackback");
        var wanted = item.Comments.Where(c => KindOf(c) is not null).ToList();
        if (wanted.Count == 0) return;
        var existing = isNewArticle ? [] : await run.Db.Comments.Where(c => c.ArticleId == articleId && c.WordPressId != null).ToDictionaryAsync(c => c.WordPressId!.Value, ct);
        // The same id twice in one story's export: the first one is kept, the second is accounted for as a duplicate.
        var seen = new HashSet<int>();
        foreach (var duplicate in wanted.Where(c => !seen.Add(c.Id)).ToList())
        {
            Skipped(duplicate, "the same comment id appears twice in this story");
            wanted.Remove(duplicate);
        }
        await PlaceAsync(wanted, articleId, existing, ct);
    }

    private async Task PlaceAsync(List<WxrComment> wanted, int articleId, Dictionary<int, Comment> existing, CancellationToken ct)
    {
        var ids = new Dictionary<int, (int Id, int Depth)>();
        var known = wanted.Select(c => c.Id).ToHashSet();
        // One save per level of the thread rather than per comment: a reply needs its parent's id, nothing more.
        var level = wanted.Where(c => c.Parent == 0 || !known.Contains(c.Parent) || c.Parent == c.Id).ToList();
        var placed = new HashSet<int>();
        while (level.Count > 0)
        {
            var saved = new List<(WxrComment Source, Comment Comment, bool IsNew)>();
            foreach (var c in level.OrderBy(c => c.Id))
            {
                placed.Add(c.Id);
                var parent = c.Parent != 0 && ids.TryGetValue(c.Parent, out var p) ? p : ((int Id, int Depth)?)null;
                var comment = existing.GetValueOrDefault(c.Id) ?? new Comment { ArticleId = articleId, WordPressId = c.Id };
                comment.Kind = KindOf(c)!.Value;
                comment.ParentId = parent?.Id;
                comment.Depth = parent is { } up ? up.Depth + 1 : 0;
                comment.AuthorName = ImportRun.Trim(c.Author, Comment.NameMaxLength);
                comment.AuthorEmail = ImportRun.Trim(c.AuthorEmail, Comment.EmailMaxLength);
                comment.AuthorUrl = c.AuthorUrl is { } u && ImportRun.IsWebAddress(u) ? ImportRun.Trim(u, Comment.UrlMaxLength) : null;
                comment.AuthorIp = ImportRun.Trim(c.AuthorIp, 64);
                comment.Text = ImportRun.Trim(c.Content, Comment.TextMaxLength);
                comment.Status = c.Approved switch { "1" => CommentStatus.Approved, "spam" => CommentStatus.Spam, "trash" => CommentStatus.Trash, _ => CommentStatus.Pending };
                comment.CreatedAt = run.Utc(c.DateGmt, c.Date) ?? run.Now;
                var isNew = comment.Id == 0;
                if (isNew) { run.Db.Comments.Add(comment); run.Summary.Comments++; }
                saved.Add((c, comment, isNew));
            }
            await run.Db.SaveChangesAsync(ct);
            foreach (var (source, comment, isNew) in saved)
            {
                ids[source.Id] = (comment.Id, comment.Depth);
                run.Summary.Record(new ImportOutcome(source.Id, WxrCensus.Kind(source.Type), Excerpt(source), isNew ? ImportResult.Imported : ImportResult.Updated, comment.Id, null) { IsComment = true });
            }
            level = wanted.Where(c => !placed.Contains(c.Id) && ids.ContainsKey(c.Parent)).ToList();
        }
        // Replies in a loop of parents never reach a placed comment; keep them, at the top level.
        var orphans = wanted.Where(c => !placed.Contains(c.Id)).Select(c => c with { Parent = 0 }).ToList();
        if (orphans.Count > 0) await PlaceAsync(orphans, articleId, existing, ct);
    }

    private static CommentKind? KindOf(WxrComment comment) => WxrCensus.Kind(comment.Type).ToLowerInvariant() switch
    {
        "comment" => CommentKind.Comment,
        "pingback" => CommentKind.Pingback,
        "trackback" => CommentKind.Trackback,
        _ => null,
    };

    /// <summary>Comments on an item that does not become a story (a page, an attachment, a skipped item).</summary>
    public void SkipAll(WxrItem item, string reason)
    {
        foreach (var comment in item.Comments) Skipped(comment, reason);
    }

    private void Skipped(WxrComment comment, string reason) =>
        run.Summary.Record(new ImportOutcome(comment.Id, WxrCensus.Kind(comment.Type), Excerpt(comment), ImportResult.Skipped, null, reason) { IsComment = true });

    private static string Excerpt(WxrComment comment) =>
        (comment.Author is { Length: > 0 } a ? a + ": " : "") + (comment.Content.Length > 60 ? comment.Content[..60] + "…" : comment.Content);
}
