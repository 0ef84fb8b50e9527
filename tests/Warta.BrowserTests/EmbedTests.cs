using System.Collections.Concurrent;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Warta.BrowserTests;

/// <summary>An embed asks nothing of its provider until the reader clicks; then the provider's player (answered here by
/// a stand-in, so no test traffic leaves loopback) loads inside the site's own player page.</summary>
public class EmbedTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task AnEmbed_RequestsNothingFromItsProvider_UntilTheReaderClicks()
    {
        var story = await An.Article().Titled($"Rekaman Sidang {Guid.NewGuid():N}")
            .WithBody("Rekaman lengkap sidang pembacaan putusan:\n\n[Sidang putusan, rekaman lengkap](https://www.youtube.com/watch?v=dQw4w9WgXcQ)\n\nSidang berlangsung tiga jam.")
            .SaveAsync(Site.App);
        var context = await Site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        var elsewhere = new ConcurrentBag<string>();
        await context.RouteAsync(url => !url.StartsWith(Site.BaseUrl, StringComparison.Ordinal), async route =>
        {
            elsewhere.Add(route.Request.Url);
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!DOCTYPE html><p id=pemutar>pemutar tiruan</p>" });
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") ConsoleErrors.Add(message.Text); };
        await page.GotoAsync(Site.BaseUrl + WartaApp.UrlOf(story));
        await RunAsync(page, "embed-click-to-load", async () =>
        {
            var card = page.Locator("figure.embed a.embed-card");
            await Expect(card).ToContainTextAsync("Sidang putusan, rekaman lengkap");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Empty(elsewhere); // nothing from YouTube before the click
            await ScreenshotAsync(page, "embed-card", fullPage: false);

            await card.ClickAsync();

            var frame = page.Locator("figure.embed iframe.embed-frame");
            await Expect(frame).ToHaveAttributeAsync("src", "/sematan/youtube/dQw4w9WgXcQ/");
            await Expect(page.FrameLocator("figure.embed iframe").FrameLocator("iframe").Locator("#pemutar")).ToHaveTextAsync("pemutar tiruan");
            Assert.Contains(elsewhere, u => u.StartsWith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", StringComparison.Ordinal));
            Assert.Single(page.Context.Pages); // no new tab: the player took the card's place
        });
        Assert.Empty(ConsoleErrors);
    }
}
