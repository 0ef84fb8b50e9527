using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Comments;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Areas.Newsroom.Pages.Comments;

/// <summary>
/// The moderation queue, for editors and for the Moderator role: comments by state with counts, the story beside
/// each, bulk and single approve/spam/trash, editing, and replying as staff.
/// </summary>
[Authorize(Policy = Capability.ModerateComments)]
public class IndexModel(WartaDb db, CurrentStaff current, CommentText commentText, PostComment post) : NewsroomPage
{
    private const int PerPage = 50;

    [FromQuery(Name = "status")] public CommentStatus Show { get; set; } = CommentStatus.Pending;

    public sealed record Row(int Id, string? Name, string? Email, string? Url, string? Ip, string Html, string? Text, DateTime At,
        int ArticleId, string Headline, string ArticleUrl, bool Erased, CommentKind Kind = CommentKind.Comment);

    public List<Row> Rows { get; private set; } = [];
    public Dictionary<CommentStatus, int> Counts { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostSetAsync(List<int> ids, CommentStatus to)
    {
        if (!Enum.IsDefined(to) || ids.Count == 0) Problems.Add(T("CmChooseSome"));
        else
        {
            var changed = await db.Comments.Where(c => ids.Contains(c.Id)).ToListAsync();
            foreach (var c in changed) c.Status = to;
            await db.SaveChangesAsync();
            Done = TCount("CmMoved", changed.Count, T("CmStatus_" + to));
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(int id, string? text)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == id);
        if (comment is null) return NotFound();
        if (string.IsNullOrWhiteSpace(text) || text.Length > Comment.TextMaxLength) Problems.Add(T("CmTextRequired"));
        else
        {
            comment.Text = text.Trim();
            await db.SaveChangesAsync();
            Done = T("EdDone_Save");
        }
        await LoadAsync();
        return Page();
    }

    /// <summary>A staff reply is published at once; the comment it answers is approved with it, as in WordPress.</summary>
    public async Task<IActionResult> OnPostReplyAsync(int id, string? text, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        var parent = await db.Comments.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (staff is null || parent is null) return NotFound();
        parent.Status = CommentStatus.Approved;
        await db.SaveChangesAsync(ct);
        var outcome = await post.RunAsync(parent.ArticleId, new CommentForm { Comment = text, ParentId = parent.Id }, HttpContext, staff, ct);
        if (outcome.Saved is null) Problems.AddRange(outcome.Problems.Values);
        else Done = T("CmReplied");
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Title = T("CmQueue");
        Counts = await db.Comments.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var site = Site;
        var rows = await db.Comments.AsNoTracking().Where(c => c.Status == Show).OrderByDescending(c => c.CreatedAt).Take(PerPage)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { c, a.Headline, a.Slug, a.PublishedAt, a.CreatedAt })
            .ToListAsync();
        Rows = rows.ConvertAll(r => new Row(r.c.Id, r.c.AuthorName, r.c.AuthorEmail, r.c.AuthorUrl, r.c.AuthorIp,
            r.c.ErasedAt is null ? commentText.ToHtml(r.c.Text ?? "") : "", r.c.Text, r.c.CreatedAt, r.c.ArticleId, r.Headline,
            Permalink.For(r.Slug, r.PublishedAt ?? r.CreatedAt, site.Time.Zone), r.c.ErasedAt is not null, r.c.Kind));
    }

    public string Count(CommentStatus status) => Counts.GetValueOrDefault(status).ToString(CultureInfo.InvariantCulture);
}
