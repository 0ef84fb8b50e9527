using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Checks;
using Warta.Web.Corrections;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;
using Warta.Web.Search;

namespace Warta.Web.Areas.Newsroom.Pages.Articles;

/// <summary>The article editor: one form for a new story and for an existing one, with the workflow's buttons.</summary>
[Authorize(Policy = Capability.WriteDrafts)]
public class EditModel(WartaDb db, SaveArticle save, CurrentStaff current, SimilarArticles similar, ArticleChecks checks, AddCorrection corrections, TimeProvider clock) : NewsroomPage
{
    [BindProperty] public ArticleForm Form { get; set; } = new();

    public int? Id { get; private set; }
    public ArticleStatus Status { get; private set; } = ArticleStatus.Draft;
    public string? PublicUrl { get; private set; }
    public bool MayPublish { get; private set; }
    public bool MayPin { get; private set; }
    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();
    public Article? Theirs { get; private set; }
    public string? SavedMessage { get; private set; }
    public List<(int Id, string Name)> Sections { get; private set; } = [];
    public List<(int Id, string Name)> Authors { get; private set; } = [];
    public List<string> TagNames { get; private set; } = [];
    public List<Warta.Web.Media.MediaItem> RecentMedia { get; private set; } = [];

    /// <summary>The editorial checks' findings on the story as it stands (or as just posted), for the panel.</summary>
    public List<CheckedFinding> Findings { get; private set; } = [];

    /// <summary>Whether the checks ran (a new, empty story has nothing to check yet).</summary>
    public bool Checked { get; private set; }

    /// <summary>The story's published corrections and replies; and what was typed for a new one, when it was refused.</summary>
    public List<CorrectionView> Corrections { get; private set; } = [];
    [BindProperty] public CorrectionKind CorrectionKind { get; set; }
    [BindProperty] public string? CorrectionNote { get; set; }
    [BindProperty] public string? CorrectionReply { get; set; }
    public IReadOnlyDictionary<string, string> CorrectionProblems { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(int? id, string? tersimpan, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        MayPin = staff.Can(Capability.PinHeadline);
        if (id is { } existing)
        {
            var article = await LoadAsync(existing, ct);
            if (article is null) return NotFound();
            if (!staff.CanEdit(article)) return Forbid();
            Form = ArticleForm.From(article, Site.Time.ToLocal);
            Describe(article, staff);
            await CheckAsync(article.BodyFormat, article.Id, ct);
            if (tersimpan is { Length: > 0 } done && Enum.TryParse<EditorAction>(done, out var action)) SavedMessage = T("EdDone_" + action);
            if (tersimpan == "Correction") SavedMessage = T("CorAdded");
        }
        else
        {
            MayPublish = staff.Can(Capability.PublishOwn);
            Form.Language = Site.Language;
        }
        await LoadChoicesAsync(ct);
        Title = id is null ? T("NrNewArticle") : T("EdEditing");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, string? act, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        MayPin = staff.Can(Capability.PinHeadline);
        // "Periksa": the checks over the words as typed, nothing saved.
        if (act == CheckButton) return await ShowCheckedAsync(id, staff, ct);
        // An unknown button must never fall back to "save": refuse it. GoLive is the scheduler's, never a button.
        if (!Enum.TryParse<EditorAction>(act, ignoreCase: false, out var action) || !Enum.IsDefined(action) || action == EditorAction.GoLive) return BadRequest();
        var outcome = await save.RunAsync(id, Form, action, staff, ct);
        if (outcome.Forbidden) return id is null || await db.Articles.AnyAsync(a => a.Id == id, ct) ? Forbid() : NotFound();
        if (outcome.Saved is { } saved) return Redirect($"/newsroom/artikel/tulis/{saved.Id}/?tersimpan={action}");

        Problems = outcome.Problems;
        Theirs = outcome.Theirs;
        var stored = id is { } existing ? await LoadAsync(existing, ct) : null;
        if (stored is not null) Describe(stored, staff);
        else MayPublish = staff.Can(Capability.PublishOwn);
        await CheckAsync(stored?.BodyFormat ?? BodyFormat.Markdown, id, ct);
        await LoadChoicesAsync(ct);
        Title = id is null ? T("NrNewArticle") : T("EdEditing");
        Response.StatusCode = Theirs is not null ? StatusCodes.Status409Conflict
            : Problems.ContainsKey(SaveArticle.StorageProblem) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>Publishes a correction or a right of reply on this (published) story.</summary>
    public async Task<IActionResult> OnPostCorrectionAsync(int id, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var outcome = await corrections.RunAsync(id, CorrectionKind, CorrectionNote, CorrectionReply, staff, ct);
        if (outcome.Missing) return NotFound();
        if (outcome.Forbidden) return Forbid();
        if (outcome.Saved is not null) return Redirect($"/newsroom/artikel/tulis/{id}/?tersimpan=Correction#ralat");
        CorrectionProblems = outcome.Problems;
        var article = (await LoadAsync(id, ct))!;
        Form = ArticleForm.From(article, Site.Time.ToLocal);
        Describe(article, staff);
        MayPin = staff.Can(Capability.PinHeadline);
        await CheckAsync(article.BodyFormat, article.Id, ct);
        await LoadChoicesAsync(ct);
        Title = T("EdEditing");
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The value of the panel's "Periksa" button.</summary>
    public const string CheckButton = "Check";

    private async Task<IActionResult> ShowCheckedAsync(int? id, StaffMember staff, CancellationToken ct)
    {
        var stored = id is { } existing ? await LoadAsync(existing, ct) : null;
        if (id is not null && (stored is null || !staff.CanEdit(stored))) return stored is null ? NotFound() : Forbid();
        if (stored is not null) Describe(stored, staff);
        else MayPublish = staff.Can(Capability.PublishOwn);
        await CheckAsync(stored?.BodyFormat ?? BodyFormat.Markdown, id, ct);
        await LoadChoicesAsync(ct);
        Title = id is null ? T("NrNewArticle") : T("EdEditing");
        return Page();
    }

    /// <summary>The checks over the form's words, with the dismissals the form carries.</summary>
    private async Task CheckAsync(BodyFormat stored, int? id, CancellationToken ct)
    {
        if (Form.Headline.Trim().Length == 0 && Form.Body.Trim().Length == 0) return;
        var given = Form.GivenDismissals.Select(d => new CheckDismissal(d.Fingerprint, d.Reason, "", default)).ToList();
        Findings = await checks.RunAsync(Form.CheckInput(stored), given, id, earlierNames: true, ct);
        Checked = true;
    }

    /// <summary>The Baca juga picker: published articles whose headline matches, or this story's related ones first.</summary>
    public async Task<IActionResult> OnGetFindAsync(int? id, string? q, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        IQueryable<Article> visible = db.Articles.VisibleAt(now);
        List<int> order = [];
        if (string.IsNullOrWhiteSpace(q))
        {
            order = id is { } articleId ? similar.Find(articleId, now, 8)?.ToList() ?? [] : [];
            visible = order.Count > 0 ? visible.Where(a => order.Contains(a.Id)) : visible.Newest().Take(8);
        }
        else
        {
            var term = q.Trim();
            visible = visible.Where(a => a.Headline.Contains(term)).Newest().Take(12);
        }
        var found = await visible.Select(a => new { a.Id, a.Headline, a.PublishedAt }).ToListAsync(ct);
        var sorted = order.Count > 0 ? found.OrderBy(a => order.IndexOf(a.Id)).ToList() : found;
        return new JsonResult(sorted.Select(a => new { id = a.Id, headline = a.Headline, published = Site.Time.FormatDate(a.PublishedAt!.Value, Site.Culture) }));
    }

    private Task<Article?> LoadAsync(int id, CancellationToken ct) =>
        db.Articles.AsNoTracking().Include(a => a.Bylines).Include(a => a.Tags).Include(a => a.Corrections).AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, ct);

    private void Describe(Article article, StaffMember staff)
    {
        Corrections = article.Corrections.OrderBy(c => c.PublishedAt)
            .Select(c => new CorrectionView(c.Id, c.ArticleId, c.Kind, c.Note, c.PublishedAt, c.ReplyArticleId, null, null)).ToList();
        Id = article.Id;
        Status = article.Status;
        MayPublish = staff.CanPublish(article);
        if (article.IsReachableAt(clock.GetUtcNow().UtcDateTime)) PublicUrl = Permalink.For(article, Site.Time.Zone);
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Sections = (await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).ConvertAll(s => (s.Id, s.Name));
        Authors = (await db.Authors.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct)).ConvertAll(a => (a.Id, a.Name));
        TagNames = await db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => t.Name).Take(2000).ToListAsync(ct);
        RecentMedia = await db.MediaItems.AsNoTracking().Where(m => m.ContentType.StartsWith("image/")).OrderByDescending(m => m.Id).Take(100).ToListAsync(ct);
    }
}
