using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;

namespace Warta.Web.Areas.Newsroom.Pages;

public class IndexModel(WartaDb db, Microsoft.Extensions.Options.IOptions<WartaOptions> options) : NewsroomPage
{
    /// <summary>Administrators are told when links are built from whatever Host a request names.</summary>
    public bool PublicAddressMissing => options.Value.PublicBase is null && Can(Warta.Web.Newsroom.Accounts.Capability.ManageSettings);

    public int MyDrafts { get; private set; }
    public int PendingReview { get; private set; }
    public int Scheduled { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = T("NrDashboard");
        var me = UserId;
        MyDrafts = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Draft && a.CreatedById == me, ct);
        PendingReview = await db.Articles.CountAsync(a => a.Status == ArticleStatus.PendingReview, ct);
        Scheduled = await db.Articles.CountAsync(a => a.Status == ArticleStatus.Scheduled, ct);
    }
}
