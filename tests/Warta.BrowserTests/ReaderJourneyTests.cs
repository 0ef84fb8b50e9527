using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Warta.BrowserTests;

public class ReaderJourneyTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task Reader_OpensHome_FollowsTheTopStory_AndGoesBackToTopSmoothly()
    {
        var page = await OpenAsync("/");
        await RunAsync(page, "reader-journey", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Rubrik" })).ToBeVisibleAsync();
            await ScreenshotAsync(page, "home-desktop");

            var topStory = page.Locator(".top-story-headline a");
            var headline = (await topStory.TextContentAsync())!.Trim();
            await topStory.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(headline);
            await ScreenshotAsync(page, "article-desktop");

            var backToTop = page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke atas" });
            await page.Mouse.WheelAsync(0, 20000);
            await page.WaitForFunctionAsync("() => window.scrollY > 400");
            await Expect(backToTop).ToBeVisibleAsync();
            var urlBefore = page.Url;

            await backToTop.ClickAsync();

            // Smooth: the page is still on its way up just after the click, then reaches the top.
            var midway = await page.EvaluateAsync<double>("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(window.scrollY))))");
            Assert.True(midway > 0, "the scroll should be animated, not a jump");
            await page.WaitForFunctionAsync("() => window.scrollY === 0");
            Assert.Equal(urlBefore, page.Url);
            Assert.Equal("top", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        });
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task BackToTop_WorksWithJavaScriptOff_AsAPlainLink()
    {
        var article = await FirstArticleUrlAsync();
        var page = await OpenAsync(article, new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 700 } });
        await RunAsync(page, "back-to-top-no-js", async () =>
        {
            var masthead = page.Locator("#top");
            // Scrolled by the browser itself: an End key press is lost now and then when nothing on the page has focus yet.
            await page.Locator(".site-footer").ScrollIntoViewIfNeededAsync();
            await Expect(masthead).Not.ToBeInViewportAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke atas" }).ClickAsync();

            await Expect(masthead).ToBeInViewportAsync();
            Assert.EndsWith("#top", page.Url, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ReaderPages_LogNoConsoleErrors_AndLookRightOnAPhone()
    {
        var article = await FirstArticleUrlAsync();
        var phone = new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

        foreach (var path in new[] { "/", "/rubrik/nasional/", "/page/2/", article, "/tag/diplomasi/", "/penulis/maria-siahaan/" })
        {
            var page = await OpenAsync(path, phone);
            await RunAsync(page, "phone", async () =>
            {
                await Expect(page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
                var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
                Assert.False(overflow, $"{path} scrolls sideways on a phone");
            });
            if (path == article) await ScreenshotAsync(page, "article-phone");
            if (path == "/") await ScreenshotAsync(page, "home-phone");
            await page.Context.CloseAsync();
        }

        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Reader_SearchesFromTheMasthead_AndSeesHighlightedResults()
    {
        await Site.App.WaitForSearchAsync();
        var page = await OpenAsync("/");
        await RunAsync(page, "search", async () =>
        {
            // With its suggestions the box is a combobox (ARIA 1.2); Enter with none chosen searches as typed.
            var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Cari berita" });
            await box.FillAsync("harga cabai");
            await box.PressAsync("Enter");

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/cari/\\?q=harga\\+cabai$"));
            var first = page.Locator(".search-results li").First;
            await Expect(first.GetByRole(AriaRole.Link).Nth(1)).ToContainTextAsync("Harga Cabai Rawit");
            await Expect(first.Locator("mark").First).ToBeVisibleAsync();
            await ScreenshotAsync(page, "search-results");

            await page.GetByLabel("Urutkan").SelectOptionAsync("terbaru");
            await page.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("urut=terbaru"));
        });
        Assert.Empty(ConsoleErrors);
    }

    private async Task<string> FirstArticleUrlAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Site.BaseUrl) };
        var home = Html.Parse(await client.GetStringAsync("/"));
        return home.QuerySelector(".top-story-headline a")!.GetAttribute("href")!;
    }
}
