using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;

namespace Warta.Web.Areas.Newsroom.Pages.Calendar;

/// <summary>
/// The desk's calendar: what went out and what is scheduled, by day in the site's time, a month or a week at a time
/// (WordPress needs the Editorial Calendar plugin for this). Writers see their own stories and published ones, as in
/// the article list; editors see everything.
/// </summary>
[Authorize(Policy = Capability.WriteDrafts)]
public class IndexModel(WartaDb db, CurrentStaff current, TimeProvider clock) : NewsroomPage
{
    /// <summary>A month, "2026-12"; or with <see cref="Week"/> the week holding that day, "2026-12-07".</summary>
    [FromQuery(Name = "bulan")] public string? Month { get; set; }
    [FromQuery(Name = "minggu")] public string? Week { get; set; }

    public sealed record Entry(int Id, string Headline, ArticleStatus Status, DateTime Local, bool Editable);

    public bool IsWeek { get; private set; }
    public DateOnly First { get; private set; }
    public DateOnly Last { get; private set; }
    public DateOnly Today { get; private set; }
    /// <summary>The days shown, whole weeks from Monday, with each day's stories in time order.</summary>
    public List<(DateOnly Day, List<Entry> Entries)> Days { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var staff = await current.GetAsync();
        if (staff is null) return Challenge();
        Today = DateOnly.FromDateTime(Site.Time.ToLocal(clock.GetUtcNow().UtcDateTime));
        Title = T("CalTitle");
        if (Week is { Length: > 0 })
        {
            if (!DateOnly.TryParseExact(Week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year is < 1900 or > 9998)
                return BadInput(T("CalBadDate", Week));
            IsWeek = true;
            First = Monday(day);
            Last = First.AddDays(6);
        }
        else
        {
            var month = new DateOnly(Today.Year, Today.Month, 1);
            if (Month is { Length: > 0 })
            {
                if (!DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month) || month.Year is < 1900 or > 9998)
                    return BadInput(T("CalBadDate", Month));
            }
            First = month;
            Last = month.AddMonths(1).AddDays(-1);
        }

        var gridStart = Monday(First);
        var gridEnd = IsWeek ? Last : Monday(Last).AddDays(6);
        var from = Site.Time.ToUtc(gridStart.ToDateTime(TimeOnly.MinValue));
        var to = Site.Time.ToUtc(gridEnd.AddDays(1).ToDateTime(TimeOnly.MinValue));
        IQueryable<Article> query = db.Articles.AsNoTracking()
            .Where(a => (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled) && a.PublishedAt >= from && a.PublishedAt < to);
        if (!staff.Can(Capability.EditOthers))
        {
            var author = staff.AuthorId;
            query = query.Where(a => a.Status == ArticleStatus.Published || a.CreatedById == staff.Id || a.Bylines.Any(b => b.AuthorId == author));
        }
        var stories = await query.OrderBy(a => a.PublishedAt).Take(2000).Include(a => a.Bylines).ToListAsync(ct);
        var entries = stories.Select(a => new Entry(a.Id, a.Headline, a.Status, Site.Time.ToLocal(a.PublishedAt!.Value), staff.CanEdit(a)))
            .ToLookup(e => DateOnly.FromDateTime(e.Local));
        for (var day = gridStart; day <= gridEnd; day = day.AddDays(1)) Days.Add((day, entries[day].ToList()));
        return Page();
    }

    private PageResult BadInput(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string MonthOf(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
