using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Areas.Newsroom.Pages.Audit;

/// <summary>The audit log, newest first, paged and filtered by who, what and when (days in the site's time).</summary>
[Authorize(Policy = Capability.ViewAudit)]
public class IndexModel(WartaDb db) : NewsroomPage
{
    private const int PerPage = 50;

    [FromQuery(Name = "siapa")] public string? Who { get; set; }
    [FromQuery(Name = "tindakan")] public string? What { get; set; }
    [FromQuery(Name = "dari")] public string? From { get; set; }
    [FromQuery(Name = "sampai")] public string? To { get; set; }
    [FromQuery(Name = "halaman")] public int PageNumber { get; set; } = 1;

    public List<AuditEntry> Entries { get; private set; } = [];
    public List<string> Actions { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Title = T("NrAudit");
        if (PageNumber < 1 || PageNumber > 100_000) return NotFound();
        Actions = await db.AuditEntries.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (Who is { Length: > 0 } who) query = query.Where(e => e.ActorName.Contains(who.Trim()) || e.Subject.Contains(who.Trim()));
        if (What is { Length: > 0 } what) query = query.Where(e => e.Action == what);
        if (Day(From, T("AuditFrom")) is { } from)
        {
            var start = Site.Time.ToUtc(from);
            query = query.Where(e => e.At >= start);
        }
        if (Day(To, T("AuditTo")) is { } to)
        {
            var end = Site.Time.ToUtc(to.AddDays(1)); // the whole last day
            query = query.Where(e => e.At < end);
        }
        Total = await query.CountAsync(ct);
        TotalPages = Math.Max(1, (Total + PerPage - 1) / PerPage);
        Entries = await query.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PerPage).Take(PerPage).ToListAsync(ct);
        return Page();
    }

    /// <summary>A yyyy-MM-dd day in the site's time zone; one that cannot be read (or is out of range) is said so.</summary>
    private DateTime? Day(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 1970 and <= 9998)
            return day;
        Problems.Add(T("AuditBadDate", text, field));
        return null;
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["siapa"] = Who, ["tindakan"] = What, ["dari"] = From, ["sampai"] = To,
            ["halaman"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/newsroom/audit/", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
