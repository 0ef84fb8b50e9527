using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Areas.Newsroom.Pages.Articles;

/// <summary>All articles the signed-in person may see, filtered and searched, with bulk workflow actions.</summary>
[Authorize(Policy = Capability.WriteDrafts)]
public class IndexModel(WartaDb db, CurrentStaff current, ArticleWorkflow workflow, SaveArticle save, TimeProvider clock) : NewsroomPage
{
    private const int PerPage = 25;

    [FromQuery(Name = "status")] public ArticleStatus? StatusFilter { get; set; }
    [FromQuery(Name = "rubrik")] public int? SectionFilter { get; set; }
    [FromQuery(Name = "penulis")] public int? AuthorFilter { get; set; }
    [FromQuery(Name = "bulan")] public string? MonthFilter { get; set; }
    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "halaman")] public int PageNumber { get; set; } = 1;

    public sealed record Row(int Id, string Headline, ArticleStatus Status, string Section, string Bylines, DateTime When, bool Editable)
    {
        public string Slug { get; init; } = "";
        public int SectionId { get; init; }
        public string Tags { get; init; } = "";
        public bool CommentsOpen { get; init; }
        public int Version { get; init; }
        public string? PublicUrl { get; init; }
        public bool IsPinned { get; init; }
        public bool MayPublish { get; init; }
    }

    /// <summary>Whether this person may hold a story as the home page's headline (the pin in quick edit).</summary>
    public bool MayPin { get; private set; }

    /// <summary>What a quick edit posts: the fields WordPress's "Quick Edit" offers, and the version it started from.</summary>
    public sealed class QuickForm
    {
        public int Id { get; set; }
        public int Version { get; set; }
        public string? Headline { get; set; }
        public string? Slug { get; set; }
        public int SectionId { get; set; }
        public string? Tags { get; set; }
        public bool CommentsOpen { get; set; }
        public bool IsPinned { get; set; }

        /// <summary>The status change, as the editor's buttons make it: none, submit, publish or unpublish.</summary>
        public EditorAction Action { get; set; } = EditorAction.Save;
    }

    /// <summary>A quick edit that was not saved: shown open again with what was typed and why.</summary>
    public QuickForm? Quick { get; private set; }
    public List<string> QuickProblems { get; } = [];

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public List<(int Id, string Name)> Sections { get; private set; } = [];
    public List<(int Id, string Name)> Authors { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? disunting, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        if (PageNumber is < 1 or > 100_000) return NotFound();
        if (disunting is { Length: > 0 })
            Message = Enum.TryParse<EditorAction>(disunting, out var done) && done != EditorAction.Save ? T("EdDone_" + done) : T("ListQuickSaved");
        await LoadAsync(staff, ct);
        return PageNumber > TotalPages && Total > 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostBulkAsync(List<int> ids, EditorAction bulk, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var (done, skipped) = await ApplyAsync(staff, ids, bulk, ct);
        Message = T("ListBulkDone", done, skipped);
        await LoadAsync(staff, ct);
        return Page();
    }

    /// <summary>A row's own action (trash, restore): the bulk rules for one story.</summary>
    public async Task<IActionResult> OnPostRowAsync(int id, EditorAction act, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        var (done, _) = await ApplyAsync(staff, [id], act, ct);
        Message = done == 1 ? T("EdDone_" + act) : T("ListBulkDone", 0, 1);
        await LoadAsync(staff, ct);
        return Page();
    }

    /// <summary>
    /// Quick edit: headline, slug, section, tags and comments from the list, saved through the editor's own path
    /// (its checks, its revision, its conflict rule), so nothing else about the story changes.
    /// </summary>
    public async Task<IActionResult> OnPostQuickAsync([FromForm] QuickForm quick, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        if (quick.Action is not (EditorAction.Save or EditorAction.Submit or EditorAction.Publish or EditorAction.Unpublish)) return BadRequest();
        var article = await db.Articles.AsNoTracking().Include(a => a.Bylines).Include(a => a.Tags).SingleOrDefaultAsync(a => a.Id == quick.Id, ct);
        if (article is null) return NotFound();
        if (!staff.CanEdit(article)) return Forbid();
        var form = ArticleForm.From(article, Site.Time.ToLocal);
        form.Headline = quick.Headline ?? "";
        form.Slug = quick.Slug;
        form.SectionId = quick.SectionId;
        form.Tags = quick.Tags;
        form.CommentsOpen = quick.CommentsOpen;
        form.Version = quick.Version;
        // Only those who may pin change it (the save ignores it for others as well).
        form.IsPinned = staff.Can(Capability.PinHeadline) ? quick.IsPinned : article.IsPinned;
        var outcome = await save.RunAsync(quick.Id, form, quick.Action, staff, ct);
        if (outcome.Forbidden) return Forbid();
        if (outcome.Saved is not null) return Redirect(PageUrl(PageNumber, $"disunting={quick.Action}"));
        Quick = quick;
        if (outcome.Theirs is not null) QuickProblems.Add(T("ListQuickConflict"));
        QuickProblems.AddRange(outcome.Problems.Values);
        Response.StatusCode = outcome.Theirs is not null ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(staff, ct);
        return Page();
    }

    private async Task<(int Done, int Skipped)> ApplyAsync(StaffMember staff, List<int> ids, EditorAction bulk, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var articles = await db.Articles.Include(a => a.Bylines).Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        int done = 0, skipped = ids.Count - articles.Count;
        foreach (var article in articles)
        {
            var allowed = bulk is EditorAction.Publish or EditorAction.Unpublish ? staff.CanPublish(article) : staff.CanEdit(article);
            if (!allowed || bulk is not (EditorAction.Publish or EditorAction.Unpublish or EditorAction.Trash or EditorAction.Restore)) { skipped++; continue; }
            try
            {
                workflow.Move(article, bulk, now);
                workflow.Record(article, bulk, Actor.Of(staff));
                done++;
            }
            catch (ArticleRuleException)
            {
                skipped++;
            }
        }
        await db.SaveChangesAsync(ct);
        return (done, skipped);
    }

    private async Task LoadAsync(StaffMember staff, CancellationToken ct)
    {
        Title = T("NrArticles");
        MayPin = staff.Can(Capability.PinHeadline);
        IQueryable<Article> query = db.Articles.AsNoTracking();
        if (!staff.Can(Capability.EditOthers))
        {
            var author = staff.AuthorId;
            query = query.Where(a => a.Status == ArticleStatus.Published || a.CreatedById == staff.Id || a.Bylines.Any(b => b.AuthorId == author));
        }
        query = StatusFilter is { } status ? query.Where(a => a.Status == status) : query.Where(a => a.Status != ArticleStatus.Trashed);
        if (SectionFilter is { } section) query = query.Where(a => a.SectionId == section);
        if (AuthorFilter is { } byAuthor) query = query.Where(a => a.Bylines.Any(b => b.AuthorId == byAuthor));
        if (MonthFilter is { Length: > 0 } && DateTime.TryParseExact(MonthFilter, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && month.Year is >= 1900 and <= 9998)
        {
            var from = Site.Time.ToUtc(month);
            var to = Site.Time.ToUtc(month.AddMonths(1));
            query = query.Where(a => (a.PublishedAt ?? a.CreatedAt) >= from && (a.PublishedAt ?? a.CreatedAt) < to);
        }
        if (Query is { Length: > 0 } q) query = query.Where(a => a.Headline.Contains(q.Trim()));

        Total = await query.CountAsync(ct);
        TotalPages = Math.Max(1, (Total + PerPage - 1) / PerPage);
        var rows = await query.OrderByDescending(a => a.PublishedAt ?? a.CreatedAt).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PerPage).Take(PerPage)
            .Include(a => a.Bylines).ThenInclude(b => b.Author).Include(a => a.Section).Include(a => a.Tags)
            .AsSplitQuery().ToListAsync(ct);
        Rows = rows.ConvertAll(a => new Row(a.Id, a.Headline, a.Status, a.Section.Name,
            string.Join(", ", a.Bylines.OrderBy(b => b.Position).Select(b => b.Author.Name)), a.PublishedAt ?? a.CreatedAt, staff.CanEdit(a))
        {
            Slug = a.Slug, SectionId = a.SectionId, Tags = string.Join(", ", a.Tags.OrderBy(t => t.Name).Select(t => t.Name)),
            CommentsOpen = a.CommentsOpen, Version = a.Version, IsPinned = a.IsPinned, MayPublish = staff.CanPublish(a),
            PublicUrl = a.IsReachableAt(clock.GetUtcNow().UtcDateTime) ? Permalink.For(a, Site.Time.Zone) : null,
        });
        Sections = (await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).ConvertAll(s => (s.Id, s.Name));
        Authors = (await db.Authors.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct)).ConvertAll(a => (a.Id, a.Name));
    }

    public string PageUrl(int page) => PageUrl(page, null);

    /// <summary>A row form's address: this list (its filters and page) and the handler.</summary>
    public string HandlerUrl(string handler) => PageUrl(PageNumber, "handler=" + handler);

    private string PageUrl(int page, string? extra)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = StatusFilter?.ToString(), ["rubrik"] = SectionFilter?.ToString(CultureInfo.InvariantCulture),
            ["penulis"] = AuthorFilter?.ToString(CultureInfo.InvariantCulture), ["bulan"] = MonthFilter, ["q"] = Query,
            ["halaman"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        var url = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/newsroom/artikel/", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
        return extra is null ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + extra;
    }
}
