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
public class IndexModel(WartaDb db, CurrentStaff current, ArticleWorkflow workflow, TimeProvider clock) : NewsroomPage
{
    private const int PerPage = 25;

    [FromQuery(Name = "status")] public ArticleStatus? StatusFilter { get; set; }
    [FromQuery(Name = "rubrik")] public int? SectionFilter { get; set; }
    [FromQuery(Name = "penulis")] public int? AuthorFilter { get; set; }
    [FromQuery(Name = "bulan")] public string? MonthFilter { get; set; }
    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "halaman")] public int PageNumber { get; set; } = 1;

    public sealed record Row(int Id, string Headline, ArticleStatus Status, string Section, string Bylines, DateTime When, bool Editable);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public List<(int Id, string Name)> Sections { get; private set; } = [];
    public List<(int Id, string Name)> Authors { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        if (PageNumber is < 1 or > 100_000) return NotFound();
        await LoadAsync(staff, ct);
        return PageNumber > TotalPages && Total > 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostBulkAsync(List<int> ids, EditorAction bulk, CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
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
        Message = T("ListBulkDone", done, skipped);
        await LoadAsync(staff, ct);
        return Page();
    }

    private async Task LoadAsync(StaffMember staff, CancellationToken ct)
    {
        Title = T("NrArticles");
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
            .Include(a => a.Bylines).ThenInclude(b => b.Author).Include(a => a.Section)
            .ToListAsync(ct);
        Rows = rows.ConvertAll(a => new Row(a.Id, a.Headline, a.Status, a.Section.Name,
            string.Join(", ", a.Bylines.OrderBy(b => b.Position).Select(b => b.Author.Name)), a.PublishedAt ?? a.CreatedAt, staff.CanEdit(a)));
        Sections = (await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).ConvertAll(s => (s.Id, s.Name));
        Authors = (await db.Authors.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct)).ConvertAll(a => (a.Id, a.Name));
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = StatusFilter?.ToString(), ["rubrik"] = SectionFilter?.ToString(CultureInfo.InvariantCulture),
            ["penulis"] = AuthorFilter?.ToString(CultureInfo.InvariantCulture), ["bulan"] = MonthFilter, ["q"] = Query,
            ["halaman"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/newsroom/artikel/", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
