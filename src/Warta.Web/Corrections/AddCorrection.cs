using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;
using Warta.Web.Newsroom.Audit;
using Warta.Web.Resources;

namespace Warta.Web.Corrections;

/// <summary>
/// Attaches a dated correction ("Ralat") or right-of-reply note ("Hak Jawab", linked to the reply story) to a published
/// story, for those who may publish it: the story counts as changed at that moment (its <c>dateModified</c>, its
/// sitemap <c>lastmod</c>, every cache through the change path), a revision records the story as it then stands,
/// and the audit log the note. One transaction.
/// </summary>
public sealed class AddCorrection(WartaDb db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public sealed record Outcome(Correction? Saved, IReadOnlyDictionary<string, string> Problems, bool Missing = false, bool Forbidden = false);

    /// <param name="reply">The reply story, by its id or its address on this site (a right of reply only).</param>
    public async Task<Outcome> RunAsync(int articleId, CorrectionKind kind, string? note, string? reply, StaffMember staff, CancellationToken ct = default)
    {
        var problems = new Dictionary<string, string>();
        var article = await db.Articles.Include(a => a.Bylines).SingleOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null) return new Outcome(null, problems, Missing: true);
        if (!staff.CanPublish(article)) return new Outcome(null, problems, Forbidden: true);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!article.IsReachableAt(now)) problems["article"] = text["CorOnlyPublished"];
        if (!Enum.IsDefined(kind)) problems["kind"] = text["FieldRequired", text["CorKind"]];
        note = note?.Trim() ?? "";
        if (note.Length is 0 or > Correction.NoteMaxLength) problems["note"] = text["FieldRequired", text["CorNote"]];
        int? replyId = null;
        if (kind == CorrectionKind.HakJawab)
        {
            replyId = await ReplyAsync(reply, now, ct);
            if (replyId is null || replyId == articleId) problems["reply"] = text["CorReplyInvalid"];
        }
        if (problems.Count > 0) return new Outcome(null, problems);

        var correction = new Correction
        {
            ArticleId = articleId, Kind = kind, Note = note, ReplyArticleId = replyId, PublishedAt = now, CreatedById = staff.Id, CreatedByName = staff.Name,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Corrections.Add(correction);
        article.UpdatedAt = now;
        article.Version++;
        db.ArticleRevisions.Add(ArticleRevision.Of(article, now, staff.Id, staff.Name));
        audit.Record(staff.Id, staff.Name, kind == CorrectionKind.Ralat ? AuditActions.Corrected : AuditActions.ReplyAttached, $"#{article.Id} {article.Headline}", note);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome(correction, problems);
    }

    /// <summary>A published story named by its id or by an address (absolute or not) ending in its slug.</summary>
    private async Task<int?> ReplyAsync(string? reply, DateTime now, CancellationToken ct)
    {
        reply = reply?.Trim();
        if (string.IsNullOrEmpty(reply)) return null;
        var visible = db.Articles.ReachableAt(now);
        if (int.TryParse(reply.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return await visible.Where(a => a.Id == id).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        var path = Uri.TryCreate(reply, UriKind.Absolute, out var uri) ? uri.AbsolutePath : reply.Split('?', '#')[0];
        var slug = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return await visible.Where(a => a.Slug == slug).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
    }
}
