using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Api;

/// <summary>A story's status in WordPress's words, and the staff-only listing by status.</summary>
public static class WpStatus
{
    public static readonly string[] Names = ["publish", "future", "draft", "pending", "trash"];

    /// <summary>Taken off the site after publication: WordPress would call it a draft again.</summary>
    public static string Of(ArticleStatus status) => status switch
    {
        ArticleStatus.Published => "publish",
        ArticleStatus.Scheduled => "future",
        ArticleStatus.PendingReview => "pending",
        ArticleStatus.Trashed => "trash",
        _ => "draft",
    };

    /// <summary>
    /// The stories in <paramref name="statuses"/> ("any": every one but the trash, as WordPress) that
    /// <paramref name="staff"/> may edit: editors every one, others those they made or are credited on. Published
    /// stories anyone can read stay listed for everyone who asks for them.
    /// </summary>
    public static IQueryable<Article> Filter(IQueryable<Article> articles, IReadOnlyList<string> statuses, StaffMember staff, DateTime now)
    {
        var wanted = (statuses.Contains("any") ? Names.Where(n => n != "trash") : statuses).ToHashSet();
        var states = Enum.GetValues<ArticleStatus>().Where(s => wanted.Contains(Of(s))).ToList();
        var mine = articles.Where(a => states.Contains(a.Status));
        if (!staff.Can(Capability.EditOthers))
            mine = mine.Where(a => a.CreatedById == staff.Id || (staff.AuthorId != null && a.Bylines.Any(b => b.AuthorId == staff.AuthorId)));
        if (!wanted.Contains("publish")) return mine;
        var visible = articles.VisibleAt(now);
        return articles.Where(a => mine.Any(m => m.Id == a.Id) || visible.Any(v => v.Id == a.Id));
    }
}
