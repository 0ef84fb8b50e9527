using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Warta.Web.Newsroom.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Warta.BrowserTests;

/// <summary>Images in the editor: uploaded without leaving the story (button or paste), picked from the library with its words.</summary>
public partial class EditorImageTests(BrowserSite site) : BrowserTest(site)
{
    private static byte[] Photo(double[] colour)
    {
        using var image = (NetVips.Image.Black(900, 600, bands: 3) + colour).Cast(NetVips.Enums.BandFormat.Uchar);
        return image.WriteToBuffer(".png");
    }

    private async Task<IPage> SignInAsync()
    {
        var (email, _) = await Site.App.CreateStaffAsync(NewsroomRoles.Author);
        var page = await OpenAsync("/newsroom/");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Kata sandi").FillAsync(StaffSignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Selamat datang");
        return page;
    }

    [GeneratedRegex(@"!\[Perahu nelayan di dermaga\]\((/media/uploads/[^ )]+\.png) ""Pagi di Muara Angke Foto: Redaksi Warta""\)")]
    private static partial Regex UploadedFigure();

    [Fact]
    public async Task AWriter_UploadsAnImageFromTheStory_InsertsIt_ThenPicksItAsTheFeaturedImage_AndPastesAnother()
    {
        var page = await SignInAsync();
        var mark = Guid.NewGuid().ToString("N")[..6];
        await RunAsync(page, "editor-image", async () =>
        {
            await page.GotoAsync(Site.BaseUrl + "/newsroom/artikel/tulis/");
            await page.Locator("#headline").FillAsync($"Nelayan Muara Angke Kembali Melaut {mark}");
            var body = page.Locator("#body");
            await body.FillAsync("Ratusan perahu kembali melaut setelah cuaca membaik.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nNelayan berharap tangkapan membaik.");
            await body.EvaluateAsync("b => b.setSelectionRange(10, 10)"); // the caret in the first paragraph

            // The toolbar's button: a file, its alt text (required), caption and credit, then into the body.
            await page.Locator(".ed-toolbar button[data-md=image]").ClickAsync();
            var dialog = page.Locator("#media-picker");
            await Expect(dialog).ToBeVisibleAsync();
            await dialog.Locator("#media-file").SetInputFilesAsync(new FilePayload { Name = "perahu.png", MimeType = "image/png", Buffer = Photo([30, 90, 160]) });
            await dialog.Locator("#media-upload").ClickAsync();
            await Expect(dialog.Locator("#media-problem")).ToContainTextAsync("Teks alternatif wajib diisi");
            await dialog.Locator("#media-new-alt").FillAsync("Perahu nelayan di dermaga");
            await dialog.Locator("#media-new-caption").FillAsync($"Pagi di Muara Angke");
            await dialog.Locator("#media-new-credit").FillAsync("Foto: Redaksi Warta");
            await dialog.Locator("#media-upload").ClickAsync();
            await Expect(dialog.Locator("#media-chosen")).ToBeVisibleAsync();
            await Expect(dialog.Locator("#media-alt")).ToHaveValueAsync("Perahu nelayan di dermaga");
            await Expect(dialog.Locator("#media-credit")).ToHaveValueAsync("Redaksi Warta"); // stored without its label
            await dialog.Locator("#media-insert").ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
            var text = await body.InputValueAsync();
            var figure = UploadedFigure().Match(text);
            Assert.True(figure.Success, text);
            // After the paragraph the caret was in, before the next.
            Assert.StartsWith("Ratusan perahu kembali melaut setelah cuaca membaik.\n\n![", text, StringComparison.Ordinal);
            var url = figure.Groups[1].Value;

            // The library: found by its alt text, chosen as the featured image with its words.
            await page.Locator(".ed-toolbar button[data-md=image]").ClickAsync();
            await dialog.Locator("#media-q").FillAsync("Perahu nelayan");
            await dialog.Locator("#media-results button", new() { HasText = "Perahu nelayan di dermaga" }).First.ClickAsync();
            await dialog.Locator("#media-featured").ClickAsync();
            await Expect(page.Locator("#image-url")).ToHaveValueAsync(url);
            await Expect(page.Locator("#image-alt")).ToHaveValueAsync("Perahu nelayan di dermaga");
            await Expect(page.Locator("#image-caption")).ToHaveValueAsync("Pagi di Muara Angke");
            await Expect(page.Locator("#image-credit")).ToHaveValueAsync("Redaksi Warta");

            // A picture pasted into the body opens the same dialog with the file in place; only the alt text is asked.
            await body.EvaluateAsync("b => b.setSelectionRange(b.value.length, b.value.length)");
            await body.EvaluateAsync(@"async b => {
                const canvas = document.createElement('canvas');
                canvas.width = 400; canvas.height = 300;
                const g = canvas.getContext('2d'); g.fillStyle = '#c33'; g.fillRect(0, 0, 400, 300);
                const blob = await new Promise(done => canvas.toBlob(done, 'image/png'));
                const files = new DataTransfer();
                files.items.add(new File([blob], 'tempel.png', { type: 'image/png' }));
                b.dispatchEvent(new ClipboardEvent('paste', { clipboardData: files, bubbles: true, cancelable: true }));
            }");
            await Expect(dialog).ToBeVisibleAsync();
            await Expect(dialog.Locator("#media-new-alt")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("Tangkapan ikan di keranjang");
            await dialog.Locator("#media-upload").ClickAsync();
            await dialog.Locator("#media-insert").ClickAsync();
            await Expect(body).ToHaveValueAsync(new Regex(@"Nelayan berharap tangkapan membaik\.\n\n!\[Tangkapan ikan di keranjang\]\(/media/uploads/[^ )]+\.png\)\n\n$"));

            // The preview beside the form shows the figure and the embed card.
            await page.SetViewportSizeAsync(1600, 1000);
            var preview = page.FrameLocator("iframe[name=pratinjau]");
            await Expect(preview.Locator(".article-body figure img[alt='Perahu nelayan di dermaga']")).ToBeVisibleAsync();
            await Expect(preview.Locator("figure.embed")).ToBeVisibleAsync();
            await ScreenshotAsync(page, "editor-image-embed-desktop", fullPage: false);
            await page.SetViewportSizeAsync(390, 844);
            await ScreenshotAsync(page, "editor-image-embed-phone");

            await page.SetViewportSizeAsync(1280, 900);
            await page.Locator("#section").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
            await Expect(page.Locator(".nr-ok")).ToBeVisibleAsync();
        });
        var saved = await Site.App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Articles, a => a.Headline == $"Nelayan Muara Angke Kembali Melaut {mark}"));
        Assert.Equal("Perahu nelayan di dermaga", saved.FeaturedImageAlt);
        Assert.Contains("Tangkapan ikan di keranjang", saved.Body, StringComparison.Ordinal);
        Assert.Empty(ConsoleErrors);
    }
}
