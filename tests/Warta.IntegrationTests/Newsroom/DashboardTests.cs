using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>The dashboard: what waits for me, by role, each a link; the week's schedule; recent activity for editors.</summary>
public class DashboardTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task AnEditor_SeesTheDesksQueue_TheWeeksSchedule_AndRecentActivity()
    {
        var soon = await An.Article().Titled($"Terbit Lusa {Guid.NewGuid():N}").WithStatus(ArticleStatus.Scheduled).PublishedAt(DateTime.UtcNow.AddDays(2)).SaveAsync(app);
        var later = await An.Article().Titled($"Terbit Bulan Depan {Guid.NewGuid():N}").WithStatus(ArticleStatus.Scheduled).PublishedAt(DateTime.UtcNow.AddDays(20)).SaveAsync(app);
        await An.Article().WithStatus(ArticleStatus.PendingReview).SaveAsync(app);
        var (_, editorName) = await app.CreateStaffAsync(NewsroomRoles.Editor);
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);

        var (_, page) = await editor.GetPageAsync("/newsroom/");

        Assert.StartsWith("Selamat datang, Staf editor ", page.Text("h1"), StringComparison.Ordinal); // the display name, not the email
        var links = page.QuerySelectorAll("[data-testid=waiting] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/newsroom/artikel/?status=PendingReview", links);
        Assert.Contains("/newsroom/komentar/?status=Pending", links);
        var scheduled = page.Text("[data-testid=scheduled]");
        Assert.Contains(soon.Headline, scheduled, StringComparison.Ordinal);
        Assert.DoesNotContain(later.Headline, scheduled, StringComparison.Ordinal);
        Assert.Contains(editorName, page.Text("[data-testid=activity]"), StringComparison.Ordinal); // "membuat akun"
    }

    [Fact]
    public async Task AContributor_SeesTheirOwnCounts_NotTheSites_AndNoCommentsOrActivity()
    {
        await An.Article().WithStatus(ArticleStatus.PendingReview).SaveAsync(app); // someone else's
        var contributor = await app.CreateClientAsAsync(NewsroomRoles.Contributor);

        var (_, page) = await contributor.GetPageAsync("/newsroom/");

        var waiting = page.QuerySelectorAll("[data-testid=waiting] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("0 berita Anda menunggu tinjauan", waiting);
        Assert.DoesNotContain(waiting, w => w.Contains("komentar", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("[data-testid=activity]"));
    }
}
