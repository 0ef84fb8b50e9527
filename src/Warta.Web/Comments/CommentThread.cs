using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Comments;

/// <summary>
/// The thread under an article: approved comments oldest first, replies nested under their parents, top-level
/// comments paginated; plus this browser's own held comments, shown to it alone.
/// </summary>
public sealed class CommentThread(WartaDb db, CommentText text)
{
    public sealed record Page(IReadOnlyList<CommentView> Roots, IReadOnlyList<CommentView> Held, int Count, int PageNumber, int TotalPages)
    {
        /// <summary>Pingbacks and trackbacks, listed apart from the readers' thread (when the site shows them).</summary>
        public IReadOnlyList<CommentView> Pings { get; init; } = [];
    }

    private sealed record Row(int Id, int? ParentId, int Depth, string? AuthorName, string? AuthorUrl, string? Text, DateTime CreatedAt,
        CommentStatus Status, CommentKind Kind, DateTime? ErasedAt, int? UserId);

    private static readonly Func<WartaDb, int, IAsyncEnumerable<Row>> Published = EF.CompileAsyncQuery(
        (WartaDb db, int articleId) => db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == articleId && c.Status == CommentStatus.Approved)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new Row(c.Id, c.ParentId, c.Depth, c.AuthorName, c.AuthorUrl, c.Text, c.CreatedAt, c.Status, c.Kind, c.ErasedAt, c.UserId)));

    /// <summary>The approved comments alone, as every reader sees them: what a story snapshot keeps.</summary>
    public sealed record Tree(IReadOnlyList<CommentView> Roots, int Count, long TextLength)
    {
        public IReadOnlyList<CommentView> Pings { get; init; } = [];
    }

    /// <summary>
    /// The thread as one browser sees it with its own held comments. Everyone else gets <see cref="PublishedAsync"/>
    /// (compiled once, and kept in the story's snapshot).
    /// </summary>
    public async Task<Page> WithHeldAsync(int articleId, IReadOnlyList<int> heldIds, int pageNumber, int perPage, CurrentSite site, CancellationToken ct)
    {
        var rows = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == articleId && (c.Status == CommentStatus.Approved || (heldIds.Contains(c.Id) && c.Status == CommentStatus.Pending)))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new Row(c.Id, c.ParentId, c.Depth, c.AuthorName, c.AuthorUrl, c.Text, c.CreatedAt, c.Status, c.Kind, c.ErasedAt, c.UserId))
            .ToListAsync(ct);
        var (tree, held) = Build(rows, site);
        return Paginate(tree, pageNumber, perPage, held);
    }

    public async Task<Tree> PublishedAsync(int articleId, CurrentSite site, CancellationToken ct) =>
        Build(await Published(db, articleId).ToListAsync(ct), site).Tree;

    public static Page Paginate(Tree tree, int pageNumber, int perPage, IReadOnlyList<CommentView>? held = null)
    {
        var totalPages = Math.Max(1, (tree.Roots.Count + perPage - 1) / perPage);
        var page = Math.Clamp(pageNumber, 1, totalPages);
        var roots = tree.Roots.Count <= perPage ? tree.Roots : tree.Roots.Skip((page - 1) * perPage).Take(perPage).ToList();
        return new Page(roots, held ?? [], tree.Count, page, totalPages) { Pings = tree.Pings };
    }

    private (Tree Tree, List<CommentView> Held) Build(List<Row> rows, CurrentSite site)
    {
        var views = rows.ToDictionary(r => r.Id, r => new CommentView(
            r.Id, r.ParentId, r.Depth, r.AuthorName, r.AuthorUrl, r.ErasedAt is null ? text.ToHtmlCached(r.Id, r.Text ?? "") : "",
            r.CreatedAt, r.Status == CommentStatus.Pending, r.ErasedAt is not null, r.UserId is not null)
        {
            Kind = r.Kind,
            Initials = CommentText.Initials(r.AuthorName),
            AvatarColour = CommentText.Hue(r.AuthorName) % 12,
            PostedIso = site.Time.FormatIso(r.CreatedAt),
            PostedText = site.Time.Format(r.CreatedAt, site.Culture),
        });

        var held = views.Values.Where(v => v.IsHeld).ToList();
        var pings = views.Values.Where(v => v.Kind != CommentKind.Comment && !v.IsHeld && !v.IsErased).ToList();
        var roots = new List<CommentView>();
        long length = pings.Sum(p => (long)p.Html.Length + (p.Name?.Length ?? 0) + (p.Url?.Length ?? 0));
        foreach (var view in views.Values.Where(v => !v.IsHeld && v.Kind == CommentKind.Comment))
        {
            length += view.Html.Length + (view.Name?.Length ?? 0) + (view.Url?.Length ?? 0);
            if (view.ParentId is { } parent && views.TryGetValue(parent, out var up) && !up.IsHeld) up.Replies.Add(view);
            else if (view.ParentId is null) roots.Add(view);
        }
        var count = views.Values.Count(v => !v.IsHeld && !v.IsErased && v.Kind == CommentKind.Comment);
        return (new Tree(roots, count, length) { Pings = pings }, held);
    }
}
