using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Warta.Web.Newsroom.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Warta.BrowserTests;

/// <summary>
/// Live coverage as a newsroom runs it on a breaking story: an editor posts from the live desk while a reader keeps the
/// story open. New entries reach the reader without a reload and wait behind "N pembaruan baru"; a reader without
/// JavaScript sees them at the next load.
/// </summary>
public class LiveCoverageTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task AnEditorPostsEntries_AndAReaderWithThePageOpenGetsThemWithoutAReload()
    {
        var story = await An.Article().Titled($"Gempa Guncang Pesisir {Guid.NewGuid():N}"[..30])
            .WithBody("Gempa bermagnitudo 6,1 mengguncang pesisir selatan pada Sabtu pagi. Warga berhamburan keluar rumah.").SaveAsync(Site.App);
        var (email, _) = await Site.App.CreateStaffAsync(NewsroomRoles.Editor);
        var desk = await OpenAsync($"/newsroom/artikel/tulis/{story.Id}/langsung/", new BrowserNewContextOptions { ViewportSize = new() { Width = 1366, Height = 900 } });
        await desk.GetByLabel("Email").FillAsync(email);
        await desk.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(StaffSignIn.Password);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Expect(desk).ToHaveURLAsync(new Regex("/langsung/"));
        var url = WartaApp.UrlOf(story);

        await RunAsync(desk, "live-coverage", async () =>
        {
            await desk.GetByRole(AriaRole.Button, new() { Name = "Mulai liputan langsung" }).ClickAsync();
            await Expect(desk.Locator(".nr-ok")).ToContainTextAsync("Liputan langsung dimulai");
            // Ctrl+Enter publishes from the composer.
            await desk.Locator("#entry-body").FillAsync("BMKG mencatat pusat gempa berada 80 km barat daya kota pada kedalaman 10 km.");
            await desk.Locator("#entry-body").PressAsync("Control+Enter");
            await Expect(desk.GetByTestId("live-entries").Locator("li")).ToHaveCountAsync(1);

            var reader = await OpenAsync(url);
            var stream = reader.Locator("#liputan-langsung");
            await Expect(stream.Locator(".live-entry")).ToHaveCountAsync(1);
            await Expect(reader.Locator("article .live-badge")).ToHaveTextAsync("LANGSUNG");

            await desk.Locator("#entry-headline").FillAsync("Peringatan dini tsunami dicabut");
            await desk.Locator("#entry-body").FillAsync("BMKG mencabut peringatan dini tsunami setelah tidak ada kenaikan muka air laut.");
            await desk.GetByTestId("post-entry").ClickAsync();
            await Expect(desk.GetByTestId("live-entries").Locator("li")).ToHaveCountAsync(2);

            // The new entry waits behind the button: the text being read does not move. (How fast it comes is
            // bench/live.sh's to measure: a loaded test machine only must not lose it.)
            var button = stream.Locator(".live-new");
            await Expect(button).ToHaveTextAsync("1 pembaruan baru", new() { Timeout = 15_000 });
            await Expect(stream.Locator(".live-entry")).ToHaveCountAsync(1);
            await button.ClickAsync();
            await Expect(stream.Locator(".live-entry")).ToHaveCountAsync(2);
            await Expect(stream.Locator(".live-entry").First.Locator("h3")).ToHaveTextAsync("Peringatan dini tsunami dicabut");
            await Expect(button).ToBeHiddenAsync();

            // A key point appears in place above the stream.
            await desk.GetByTestId("live-entries").Locator("li").First.GetByRole(AriaRole.Button, new() { Name = "Jadikan poin penting" }).ClickAsync();
            await Expect(stream.Locator(".live-pins li")).ToHaveTextAsync(new Regex("Peringatan dini tsunami dicabut"), new() { Timeout = 15_000 });
            await ScreenshotAsync(reader, "live-story-desktop");
            await ScreenshotAsync(desk, "live-desk");

            // Without JavaScript the page is complete at each load.
            var plain = await OpenAsync(url, new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });
            await Expect(plain.Locator("#liputan-langsung .live-entry")).ToHaveCountAsync(2);
            await desk.Locator("#entry-body").FillAsync("Pemerintah kabupaten membuka posko pengungsian di balai desa.");
            await desk.Locator("#entry-body").PressAsync("Control+Enter");
            await Expect(desk.GetByTestId("live-entries").Locator("li")).ToHaveCountAsync(3);
            await plain.ReloadAsync();
            await Expect(plain.Locator("#liputan-langsung .live-entry")).ToHaveCountAsync(3);
            await Expect(plain.Locator("#liputan-langsung .live-new")).ToBeHiddenAsync();

            var phone = await OpenAsync(url, new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
            await Expect(phone.Locator("#liputan-langsung .live-entry")).ToHaveCountAsync(3);
            await phone.Locator("#liputan-langsung").ScrollIntoViewIfNeededAsync();
            await ScreenshotAsync(phone, "live-story-phone", fullPage: false);
        });
        Assert.Empty(ConsoleErrors);
    }
}
