using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>The audit log pages and filters by who, what and when, so real events are always within reach.</summary>
public class AuditLogTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task TheLog_IsPaged_AndFilteredByWhoWhatAndWhen()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 120; i++)
                db.AuditEntries.Add(new AuditEntry { At = new DateTime(2026, 3, 1, 3, 0, 0, DateTimeKind.Utc).AddMinutes(i), ActorName = $"Perekam {marker}", Action = AuditActions.Published, Subject = $"Berita {i}" });
            db.AuditEntries.Add(new AuditEntry { At = new DateTime(2026, 3, 10, 20, 0, 0, DateTimeKind.Utc), ActorName = $"Redaktur {marker}", Action = AuditActions.Deleted, Subject = "Berita yang dihapus" });
            await db.SaveChangesAsync();
        });
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);

        var (_, first) = await editor.GetPageAsync($"/newsroom/audit/?siapa={marker}");
        Assert.Equal(50, first.QuerySelectorAll(".nr-table tbody tr").Length);
        Assert.Contains("121 catatan", first.Text(".nr-small"), StringComparison.Ordinal);
        var (_, third) = await editor.GetPageAsync(first.QuerySelector(".nr-pager a[rel=next]")!.GetAttribute("href")!.Replace("halaman=2", "halaman=3", StringComparison.Ordinal));
        Assert.Equal(21, third.QuerySelectorAll(".nr-table tbody tr").Length);

        var (_, deleted) = await editor.GetPageAsync($"/newsroom/audit/?siapa={marker}&tindakan={AuditActions.Deleted}");
        Assert.Equal("Berita yang dihapus", Assert.Single(deleted.QuerySelectorAll(".nr-table tbody tr")).QuerySelectorAll("td")[3].TextContent);

        // 20:00 UTC on 10 March is 03:00 on 11 March in Jakarta: days are the site's days.
        var (_, day) = await editor.GetPageAsync($"/newsroom/audit/?siapa={marker}&dari=2026-03-11&sampai=2026-03-11");
        Assert.Single(day.QuerySelectorAll(".nr-table tbody tr"));

        var (response, bad) = await editor.GetPageAsync($"/newsroom/audit/?siapa={marker}&dari=11-03-2026&sampai=9999-12-31");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tidak dikenali", bad.Text(".nr-problem"), StringComparison.Ordinal);
        Assert.Equal(50, bad.QuerySelectorAll(".nr-table tbody tr").Length);
    }
}
