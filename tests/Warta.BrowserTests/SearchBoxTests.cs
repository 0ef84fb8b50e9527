using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Warta.BrowserTests;

/// <summary>The search box suggests while a reader types, and the keyboard alone picks a suggestion.</summary>
public class SearchBoxTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task TypingInTheSearchBox_SuggestsStories_AndArrowDownEnterOpensOne()
    {
        var mark = Guid.NewGuid().ToString("N")[..6];
        var story = await An.Article().Titled($"Waduk Jatiluhur{mark} Surut Drastis").SaveAsync(Site.App);
        var page = await OpenAsync("/");
        await RunAsync(page, "search-suggestions", async () =>
        {
            var box = page.Locator("#masthead-q");
            // The list is rebuilt shortly after a change; type again until the new story is offered.
            var option = page.Locator(".search-suggest [role=option]", new() { HasText = story.Headline });
            for (var i = 0; i < 20 && await option.CountAsync() == 0; i++)
            {
                await box.FillAsync("");
                await box.PressSequentiallyAsync($"jatiluhur{mark[..3]}");
                await page.WaitForTimeoutAsync(500);
            }
            await Expect(option).ToBeVisibleAsync();
            await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
            await ScreenshotAsync(page, "search-suggestions", fullPage: false);

            await box.PressAsync("ArrowDown");
            await Expect(page.Locator(".search-suggest [aria-selected=true]")).ToContainTextAsync(story.Headline);
            await box.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(WartaApp.UrlOf(story)) + "$"));
        });
        Assert.Empty(ConsoleErrors);
    }
}
