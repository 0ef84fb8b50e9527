using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Warta.Web.Newsroom.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Warta.BrowserTests;

/// <summary>The editor's check panel as an editor uses it: write, press Periksa, fix one finding, dismiss another with a reason, save.</summary>
public class EditorialCheckTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task AnEditor_ChecksAStory_FixesOneFinding_AndDismissesAnotherWithAReason()
    {
        var section = await A.Section().Named($"Metro {Guid.NewGuid():N}"[..14]).SaveAsync(Site.App);
        var (email, _) = await Site.App.CreateStaffAsync(NewsroomRoles.Editor);
        var page = await OpenAsync("/newsroom/artikel/tulis/", new BrowserNewContextOptions { ViewportSize = new() { Width = 1366, Height = 900 } });
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(StaffSignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/newsroom/artikel/tulis/"));
        var headline = $"Warga Mengungsi {Guid.NewGuid():N}"[..24];

        await RunAsync(page, "editorial-checks", async () =>
        {
            await page.Locator("#headline").FillAsync(headline);
            await page.Locator("#section").SelectOptionAsync(section.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator("#body").FillAsync("Warga berkumpul di di balai desa pada Kamis (19 Juni 2024) malam.\n\n“Kami belum menerima bantuan apa pun sejak kemarin pagi,” kata Darman.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa", Exact = true }).ClickAsync();
            var panel = page.GetByTestId("checks");
            await Expect(panel.Locator("li[data-check=slips]")).ToContainTextAsync("di di");
            await Expect(panel.Locator("li[data-check=dates]")).ToContainTextAsync("Rabu");
            await ScreenshotAsync(page, "editorial-checks-panel");

            // The doubled word is fixed; the date stands, with a reason.
            await page.Locator("#body").FillAsync("Warga berkumpul di balai desa pada Kamis (19 Juni 2024) malam.\n\n“Kami belum menerima bantuan apa pun sejak kemarin pagi,” kata Darman.");
            var date = panel.Locator("li[data-check=dates]");
            await date.Locator("summary").ClickAsync();
            await date.GetByLabel("Alasan").FillAsync("Tanggal dari undangan resmi, dikutip apa adanya.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
            await Expect(page.Locator(".nr-ok")).ToBeVisibleAsync();
            await Expect(panel.Locator("li[data-check=slips]")).ToHaveCountAsync(0);
            await Expect(panel.Locator("li.dismissed[data-check=dates]")).ToHaveCountAsync(1);
            await Expect(panel.Locator("li.dismissed[data-check=dates] input[name$='.Reason']")).ToHaveValueAsync("Tanggal dari undangan resmi, dikutip apa adanya.");
            await ScreenshotAsync(page, "editorial-checks-dismissed");
        });
        Assert.Empty(ConsoleErrors);
    }
}
