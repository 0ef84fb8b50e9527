using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Comments;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;
using Warta.Web.Popular;

namespace Warta.Web.Areas.Newsroom.Pages;

/// <summary>
/// The desk's front page: greeted by name, what waits for me (each count a link to the list it counts), the next
/// seven days of scheduled stories, today's most read and, for those who may see it, recent activity. Counts are
/// the site's for editors and one's own for writers.
/// </summary>
public class IndexModel(WartaDb db, CurrentStaff current, MostRead mostRead, TimeProvider clock, Microsoft.Extensions.Options.IOptions<WartaOptions> options) : NewsroomPage
{
    /// <summary>Administrators are told when links are built from whatever Host a request names.</summary>
    public bool PublicAddressMissing => options.Value.PublicBase is null && Can(Capability.ManageSettings);

    public string Name { get; private set; } = "";
    public int? MyAuthorId { get; private set; }
    public int MyDrafts { get; private set; }
    public int PendingReview { get; private set; }
    public bool ReviewIsEveryones { get; private set; }
    public int? CommentsWaiting { get; private set; }
    public List<(int Id, string Headline, DateTime At)> Scheduled { get; private set; } = [];
    public IReadOnlyList<ArticleSummary> MostRead { get; private set; } = [];

    /// <summary>Today and the six days after it (the site's days), each with its scheduled stories.</summary>
    public IEnumerable<(DateOnly Day, List<(int Id, string Headline, DateTime At)> Entries)> NextSevenDays
    {
        get
        {
            var today = DateOnly.FromDateTime(Site.Time.ToLocal(clock.GetUtcNow().UtcDateTime));
            var byDay = Scheduled.ToLookup(s => DateOnly.FromDateTime(Site.Time.ToLocal(s.At)));
            return Enumerable.Range(0, 7).Select(i => today.AddDays(i)).Select(day => (day, byDay[day].ToList()));
        }
    }
    public List<AuditEntry> Activity { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = T("NrDashboard");
        var staff = await current.GetAsync();
        Name = staff?.Name ?? UserName;
        MyAuthorId = staff?.AuthorId;
        var me = staff?.Id;
        var everyone = staff?.Can(Capability.EditOthers) == true;
        MyDrafts = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Draft && a.CreatedById == me, ct);
        var pending = db.Articles.Where(a => a.Status == ArticleStatus.PendingReview);
        ReviewIsEveryones = everyone;
        PendingReview = await (everyone ? pending : pending.Where(a => a.CreatedById == me)).CountAsync(ct);
        if (staff?.Can(Capability.ModerateComments) == true)
            CommentsWaiting = await db.Comments.CountAsync(c => c.Status == CommentStatus.Pending, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var week = now.AddDays(7);
        var scheduled = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt >= now && a.PublishedAt < week);
        if (!everyone) scheduled = scheduled.Where(a => a.CreatedById == me);
        Scheduled = (await scheduled.OrderBy(a => a.PublishedAt).Take(20).Select(a => new { a.Id, a.Headline, a.PublishedAt }).ToListAsync(ct))
            .ConvertAll(a => (a.Id, a.Headline, a.PublishedAt!.Value));
        MostRead = await mostRead.GetAsync();
        if (staff?.Can(Capability.ViewAudit) == true)
            Activity = await db.AuditEntries.AsNoTracking().Where(e => e.Action != AuditActions.SignInFailures).OrderByDescending(e => e.Id).Take(8).ToListAsync(ct);
    }
}
