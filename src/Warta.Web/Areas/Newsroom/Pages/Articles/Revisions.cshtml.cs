using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;

namespace Warta.Web.Areas.Newsroom.Pages.Articles;

/// <summary>Every saved version of an article: any two compared line by line, any one restored (as a new save).</summary>
[Authorize(Policy = Capability.WriteDrafts)]
public class RevisionsModel(WartaDb db, CurrentStaff current, ArticleWorkflow workflow, TimeProvider clock) : NewsroomPage
{
    public sealed record DiffLine(ChangeType Change, string Text);

    public Article Article { get; private set; } = null!;
    public List<ArticleRevision> Revisions { get; private set; } = [];
    public ArticleRevision? Older { get; private set; }
    public ArticleRevision? Newer { get; private set; }
    public List<DiffLine> Diff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, long? a, long? b, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        Newer = b is { } nb ? Revisions.FirstOrDefault(r => r.Id == nb) : Revisions.FirstOrDefault();
        Older = a is { } na ? Revisions.FirstOrDefault(r => r.Id == na) : Revisions.Skip(1).FirstOrDefault();
        if ((a is not null && Older is null) || (b is not null && Newer is null)) return NotFound();
        if (Older is not null && Newer is not null)
        {
            if (Older.SavedAt > Newer.SavedAt) (Older, Newer) = (Newer, Older);
            var before = $"{Older.Headline}\n\n{Older.Dek}\n\n{Older.Body}";
            var after = $"{Newer.Headline}\n\n{Newer.Dek}\n\n{Newer.Body}";
            Diff = InlineDiffBuilder.Diff(before, after).Lines.Select(l => new DiffLine(l.Type, l.Text)).ToList();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, long revision, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var article = await db.Articles.Include(x => x.Bylines).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (article is null) return NotFound();
        if (!staff.CanEdit(article)) return Forbid();
        var chosen = await db.ArticleRevisions.SingleOrDefaultAsync(r => r.Id == revision && r.ArticleId == id, ct);
        if (chosen is null) return NotFound();

        var now = clock.GetUtcNow().UtcDateTime;
        article.Headline = chosen.Headline;
        article.Dek = chosen.Dek;
        article.Body = chosen.Body;
        if (article.Status == ArticleStatus.Published) article.UpdatedAt = now;
        workflow.Move(article, EditorAction.Save, now);
        db.ArticleRevisions.Add(ArticleRevision.Of(article, now, staff.Id, staff.Name));
        await db.SaveChangesAsync(ct);
        return Redirect($"/newsroom/artikel/tulis/{id}/?tersimpan={EditorAction.Save}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var article = await db.Articles.AsNoTracking().Include(x => x.Bylines).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (article is null) return NotFound();
        if (!staff.CanEdit(article)) return Forbid();
        Article = article;
        Title = T("RevTitle", article.Headline);
        Revisions = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id)
            .OrderByDescending(r => r.SavedAt).ThenByDescending(r => r.Id).ToListAsync(ct);
        return null;
    }
}
