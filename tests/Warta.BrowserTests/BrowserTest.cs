using Microsoft.Playwright;

namespace Warta.BrowserTests;

/// <summary>A fresh browser context per test, console errors collected, a screenshot kept when a test fails.</summary>
public abstract class BrowserTest(BrowserSite site) : IClassFixture<BrowserSite>
{
    protected BrowserSite Site { get; } = site;
    protected List<string> ConsoleErrors { get; } = [];

    protected async Task<IPage> OpenAsync(string path, BrowserNewContextOptions? options = null)
    {
        var context = await Site.Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") ConsoleErrors.Add($"{page.Url}: {message.Text}"); };
        page.PageError += (_, error) => ConsoleErrors.Add($"{page.Url}: {error}");
        await page.GotoAsync(Site.BaseUrl + path);
        return page;
    }

    protected static async Task RunAsync(IPage page, string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ArtifactsDirectory, $"FAILED-{name}.png"), FullPage = true });
            throw;
        }
    }

    protected static Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ArtifactsDirectory, name + ".png"), FullPage = fullPage });
}
