using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Warta.BrowserTests;

/// <summary>The desk's daily tools in a browser: the dashboard's links, quick edit in the list, the calendar.</summary>
public class DeskToolsTests(BrowserSite site) : BrowserTest(site)
{
    private async Task<IPage> SignInAsync(string role, int width = 1366, int height = 900)
    {
        var (email, _) = await Site.App.CreateStaffAsync(role);
        var page = await OpenAsync("/newsroom/", new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height } });
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(StaffSignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Selamat datang");
        return page;
    }

    [Fact]
    public async Task TheDashboard_LeadsToWhatWaits_AndQuickEditRenamesAStoryFromTheList()
    {
        var mark = Guid.NewGuid().ToString("N")[..6];
        var waiting = await An.Article().Titled($"Laporan Kontributor Menunggu {mark}").WithStatus(ArticleStatus.PendingReview).SaveAsync(Site.App);
        var page = await SignInAsync(NewsroomRoles.Editor);
        await RunAsync(page, "dashboard-quick-edit", async () =>
        {
            await ScreenshotAsync(page, "dashboard-desktop");
            await page.GetByTestId("waiting").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("menunggu tinjauan", RegexOptions.IgnoreCase) }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/newsroom/artikel/\?status=PendingReview"));
            var row = page.Locator("tr", new() { HasText = waiting.Headline });
            await Expect(row).ToBeVisibleAsync();

            await row.Locator("summary", new() { HasText = "Sunting cepat" }).ClickAsync();
            await row.GetByLabel("Judul").FillAsync($"Laporan Kontributor Sudah Disunting {mark}");
            await row.GetByLabel("Tag").FillAsync("laporan warga");
            await ScreenshotAsync(page, "article-list-quick-edit", fullPage: false);
            await row.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
            await Expect(page.Locator(".nr-ok")).ToHaveTextAsync("Perubahan tersimpan.");
            await Expect(page.Locator("tbody")).ToContainTextAsync($"Laporan Kontributor Sudah Disunting {mark}");
            await Expect(page).ToHaveURLAsync(new Regex(@"status=PendingReview")); // still the list it was
        });
        Assert.Equal("PendingReview", (await Site.App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Articles, a => a.Id == waiting.Id))).Status.ToString());
        Assert.Empty(ConsoleErrors);

        var phone = await SignInAsync(NewsroomRoles.Editor, 390, 844);
        await ScreenshotAsync(phone, "dashboard-phone");
    }

    [Fact]
    public async Task TheCalendar_ShowsThisMonthsStories_AndMovesByWeekAndMonth()
    {
        var now = DateTime.UtcNow;
        var mark = Guid.NewGuid().ToString("N")[..6];
        var scheduled = await An.Article().Titled($"Rapat Paripurna Dijadwalkan {mark}").PublishedAt(now.AddHours(3)).WithStatus(ArticleStatus.Scheduled).SaveAsync(Site.App);
        var page = await SignInAsync(NewsroomRoles.Editor);
        await RunAsync(page, "calendar", async () =>
        {
            await page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "Kalender redaksi", Exact = true }).ClickAsync();
            var today = page.Locator(".cal-today");
            await Expect(page.GetByTestId("calendar")).ToContainTextAsync(scheduled.Headline);
            await ScreenshotAsync(page, "calendar-month-desktop");
            await page.GetByRole(AriaRole.Link, new() { Name = "Minggu", Exact = true }).ClickAsync();
            await Expect(page.Locator("[data-day]")).ToHaveCountAsync(7);
            await Expect(page.GetByTestId("calendar")).ToContainTextAsync(scheduled.Headline);
            await ScreenshotAsync(page, "calendar-week-desktop");
            await page.GetByRole(AriaRole.Link, new() { Name = "Berikutnya" }).First.ClickAsync();
            await Expect(page.GetByTestId("calendar")).Not.ToContainTextAsync(scheduled.Headline);
            await page.GetByRole(AriaRole.Link, new() { Name = "Hari ini" }).ClickAsync();
            await Expect(today).ToHaveCountAsync(1);

            await page.SetViewportSizeAsync(390, 844);
            await ScreenshotAsync(page, "calendar-month-phone");
        });
        Assert.Empty(ConsoleErrors);
    }
}
