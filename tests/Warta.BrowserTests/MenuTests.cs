using Microsoft.Playwright;
using Warta.Web.Newsroom.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Warta.BrowserTests;

public class MenuTests(BrowserSite site) : BrowserTest(site)
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

    [Fact]
    public async Task OnAPhone_TheMenuCollapsesIntoAButton_ThatOpensIt()
    {
        var page = await OpenAsync("/", Phone);
        await RunAsync(page, "menu-phone", async () =>
        {
            var menu = page.Locator("#main-menu");
            var button = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
            await Expect(menu).ToBeHiddenAsync();
            await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
            await ScreenshotAsync(page, "menu-phone-closed", fullPage: false);

            await button.ClickAsync();

            await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Ekonomi" })).ToBeVisibleAsync();
            await ScreenshotAsync(page, "menu-phone-open", fullPage: false);
        });
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task OnAPhone_WithoutJavaScript_TheMenuStillOpens()
    {
        var page = await OpenAsync("/", new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 } });
        await RunAsync(page, "menu-phone-nojs", async () =>
        {
            var menu = page.Locator("#main-menu");
            await Expect(menu).ToBeHiddenAsync();

            await page.Locator("label.menu-toggle").ClickAsync();

            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Ekonomi" })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Administrator_AddsAMenuEntry_AndMovesItUp()
    {
        var (email, _) = await Site.App.CreateStaffAsync(NewsroomRoles.Administrator);
        var page = await OpenAsync("/newsroom/");
        await RunAsync(page, "menu-editor", async () =>
        {
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Kata sandi").FillAsync(StaffSignIn.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Menu", Exact = true }).ClickAsync();

            await page.Locator("#menu").SelectOptionAsync("Header");
            await page.Locator("#label").FillAsync("Kontak Kami");
            await page.Locator("#target").SelectOptionAsync(new SelectOptionValue { Label = "Halaman: Kontak" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Tambah ke menu" }).ClickAsync();
            var header = page.GetByTestId("menu-Header");
            await Expect(header.Locator("li").Last).ToContainTextAsync("Kontak Kami");

            await page.GetByRole(AriaRole.Button, new() { Name = "Naikkan Kontak Kami" }).ClickAsync();
            await Expect(header.Locator("li").Nth(-2)).ToContainTextAsync("Kontak Kami");
            await ScreenshotAsync(page, "newsroom-menu");

            await page.GotoAsync(Site.BaseUrl + "/");
            var links = await page.Locator("#main-menu > li > a").AllTextContentsAsync();
            Assert.Equal("Kontak Kami", links[^2]);
        });
    }
}
