using Microsoft.Playwright;
using Warta.Web.Import.WordPress;

namespace Warta.BrowserTests;

/// <summary>What archives bring (a word longer than the screen, a wide code listing, a gallery) stays inside the phone.</summary>
public class ImportedContentTests(BrowserSite site) : BrowserTest(site)
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

    [Fact]
    public async Task ALongWordAndAWidePreformattedLine_DoNotWidenThePage_OnAPhone()
    {
        var longWord = "Pneumonoultramicroscopicsilicovolcanoconiosis" + new string('x', 40);
        var body = WordPressContent.Convert(
            $"Paragraf dengan kata {longWord} di tengahnya.\n\n<pre>{new string('=', 300)} baris kode yang sangat panjang</pre>\n\n" +
            "<!-- wp:columns --><div class=\"wp-block-columns\"><div class=\"wp-block-column\"><p>Kolom satu.</p></div></div><!-- /wp:columns -->");
        var article = await An.Article().Titled("Judul " + longWord).WithHtmlBody(body).SaveAsync(Site.App);

        var page = await OpenAsync(WartaApp.UrlOf(article), Phone);
        await RunAsync(page, "imported-overflow", async () =>
        {
            await page.Locator("h1#headline").WaitForAsync();
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"The page is {widths[0]}px wide on a {widths[1]}px screen.");
            var pre = page.Locator(".article-body pre");
            Assert.True(await pre.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "The listing should scroll inside its own box.");
            await Microsoft.Playwright.Assertions.Expect(page.Locator(".article-body")).ToContainTextAsync("Kolom satu.");
            await ScreenshotAsync(page, "imported-phone");
        });
        Assert.Empty(ConsoleErrors);
    }
}
