using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Search.Report;

namespace Warta.Web.Areas.Newsroom.Pages.SearchReport;

/// <summary>
/// What readers searched for in the last seven days, and what found nothing: the stories the desk has not written,
/// or has written under other words. Counted without anything about the reader.
/// </summary>
[Authorize(Policy = Capability.EditOthers)]
public class IndexModel(WartaDb db, TimeProvider clock) : NewsroomPage
{
    private const int Days = 7;
    private const int Shown = 30;

    public sealed record Row(string Query, int Searches, int Empty);

    public List<Row> Top { get; private set; } = [];
    public List<Row> FoundNothing { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = T("SrTitle");
        var since = DateOnly.FromDateTime(Site.Time.ToLocal(clock.GetUtcNow().UtcDateTime)).AddDays(-(Days - 1));
        var week = db.SearchQueryStats.AsNoTracking().Where(s => s.Day >= since)
            .GroupBy(s => s.Query).Select(g => new { Query = g.Key, Searches = g.Sum(s => s.Searches), Empty = g.Sum(s => s.Empty) });
        Total = await db.SearchQueryStats.Where(s => s.Day >= since).SumAsync(s => (int?)s.Searches, ct) ?? 0;
        Top = (await week.OrderByDescending(r => r.Searches).ThenBy(r => r.Query).Take(Shown).ToListAsync(ct))
            .ConvertAll(r => new Row(r.Query, r.Searches, r.Empty));
        FoundNothing = (await week.Where(r => r.Empty > 0).OrderByDescending(r => r.Empty).ThenBy(r => r.Query).Take(Shown).ToListAsync(ct))
            .ConvertAll(r => new Row(r.Query, r.Searches, r.Empty));
    }
}
