using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;
using Warta.Web.Search;

namespace Warta.Web.Areas.Newsroom.Pages.Articles;

/// <summary>The article editor: one form for a new story and for an existing one, with the workflow's buttons.</summary>
[Authorize(Policy = Capability.WriteDrafts)]
public partial class EditModel(WartaDb db, SaveArticle save, CurrentStaff current, SimilarArticles similar, TimeProvider clock) : NewsroomPage
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

    /// <summary>"Baca juga" blocks whose target readers will not see (missing or not published): shown to the editor.</summary>
    public List<int> HiddenBacaJuga { get; private set; } = [];

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
            if (tersimpan is { Length: > 0 } done && Enum.TryParse<EditorAction>(done, out var action)) SavedMessage = T("EdDone_" + action);
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
        // An unknown button must never fall back to "save": refuse it. GoLive is the scheduler's, never a button.
        if (!Enum.TryParse<EditorAction>(act, ignoreCase: false, out var action) || !Enum.IsDefined(action) || action == EditorAction.GoLive) return BadRequest();
        var outcome = await save.RunAsync(id, Form, action, staff, ct);
        if (outcome.Forbidden) return id is null || await db.Articles.AnyAsync(a => a.Id == id, ct) ? Forbid() : NotFound();
        if (outcome.Saved is { } saved) return Redirect($"/newsroom/artikel/tulis/{saved.Id}/?tersimpan={action}");

        Problems = outcome.Problems;
        Theirs = outcome.Theirs;
        if (id is { } existing && await LoadAsync(existing, ct) is { } article) Describe(article, staff);
        else MayPublish = staff.Can(Capability.PublishOwn);
        await LoadChoicesAsync(ct);
        Title = id is null ? T("NrNewArticle") : T("EdEditing");
        Response.StatusCode = Theirs is not null ? StatusCodes.Status409Conflict
            : Problems.ContainsKey(SaveArticle.StorageProblem) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status422UnprocessableEntity;
        return Page();
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
        db.Articles.AsNoTracking().Include(a => a.Bylines).Include(a => a.Tags).SingleOrDefaultAsync(a => a.Id == id, ct);

    private void Describe(Article article, StaffMember staff)
    {
        Id = article.Id;
        Status = article.Status;
        MayPublish = staff.CanPublish(article);
        if (article.IsReachableAt(clock.GetUtcNow().UtcDateTime)) PublicUrl = Permalink.For(article, Site.Time.Zone);
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var named = BacaJugaIds().Matches(Form.Body).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        if (named.Count > 0)
        {
            var visible = await db.Articles.ReachableAt(clock.GetUtcNow().UtcDateTime).Where(a => named.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
            HiddenBacaJuga = named.Except(visible).ToList();
        }
        Sections = (await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).ConvertAll(s => (s.Id, s.Name));
        Authors = (await db.Authors.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct)).ConvertAll(a => (a.Id, a.Name));
        TagNames = await db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => t.Name).Take(2000).ToListAsync(ct);
        RecentMedia = await db.MediaItems.AsNoTracking().Where(m => m.ContentType.StartsWith("image/")).OrderByDescending(m => m.Id).Take(100).ToListAsync(ct);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[baca-juga\s+id=""?(\d{1,9})""?\s*\]")]
    private static partial System.Text.RegularExpressions.Regex BacaJugaIds();
}
