using Microsoft.Playwright;
using Warta.Web.Newsroom.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Warta.BrowserTests;

public class CommentTests(BrowserSite site) : BrowserTest(site)
{

    private async Task<string> ArticleWithConversationAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Site.BaseUrl) };
        var search = Html.Parse(await client.GetStringAsync("/cari/?q=banjir+rob+rendam"));
        return search.QuerySelector(".search-results h2 a")!.GetAttribute("href")!;
    }

    private static async Task FillAsync(IPage page, string text, string name, string email)
    {
        await page.GetByLabel("Komentar *").FillAsync(text);
        await page.GetByLabel("Nama *").FillAsync(name);
        await page.GetByLabel("Email *").FillAsync(email);
    }

    [Fact]
    public async Task WithoutJavaScript_AReaderPosts_AndSeesTheirCommentAwaitingModeration()
    {
        await Site.App.WaitForSearchAsync();
        var url = await ArticleWithConversationAsync();
        var page = await OpenAsync(url, new BrowserNewContextOptions { JavaScriptEnabled = false });
        await RunAsync(page, "comment-nojs", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tinggalkan Balasan" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *")).ToBeVisibleAsync();
            await FillAsync(page, "Komentar tanpa JavaScript, dari peramban lama.", "Pak Tua", "paktua@pembaca.example");
            await page.GetByRole(AriaRole.Button, new() { Name = "Kirim Komentar" }).ClickAsync();

            // The page came from the shared cache without tokens: the form comes back filled in, asking for one more click.
            await Expect(page.Locator(".form-problems")).ToContainTextAsync("sekali lagi");
            await Expect(page.Locator("#comment")).ToHaveValueAsync("Komentar tanpa JavaScript, dari peramban lama.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Kirim Komentar" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#komentar-saya$"));
            await Expect(page.Locator("#komentar-saya .held-note")).ToHaveTextAsync("Komentar Anda sedang menunggu moderasi.");
            await Expect(page.Locator("#komentar-saya")).ToContainTextAsync("Komentar tanpa JavaScript");
        });
    }

    [Fact]
    public async Task WithJavaScript_BalasMovesTheFormUnderTheComment_AndAnEditorApprovesTheReply()
    {
        await Site.App.WaitForSearchAsync();
        var url = await ArticleWithConversationAsync();
        var page = await OpenAsync(url);
        await RunAsync(page, "comment-reply", async () =>
        {
            var first = page.Locator(".comment-list > .comment").First;
            await first.GetByRole(AriaRole.Link, new() { Name = "Balas" }).First.ClickAsync();
            await Expect(first.Locator("#tinggalkan-balasan")).ToBeVisibleAsync();
            var cancel = page.GetByRole(AriaRole.Link, new() { Name = "Batalkan balasan" });
            await Expect(cancel).ToBeVisibleAsync();
            await cancel.ClickAsync();
            await Expect(first.Locator("#tinggalkan-balasan")).ToHaveCountAsync(0);

            await first.GetByRole(AriaRole.Link, new() { Name = "Balas" }).First.ClickAsync();
            await FillAsync(page, "Balasan dengan JavaScript: setuju sekali.", "Bu Guru", "buguru@pembaca.example");
            await page.GetByRole(AriaRole.Button, new() { Name = "Kirim Komentar" }).ClickAsync();
            await Expect(page.Locator("#komentar-saya")).ToContainTextAsync("Balasan dengan JavaScript");
            await ScreenshotAsync(page, "comments-held");
        });

        var (email, _) = await Site.App.CreateStaffAsync(NewsroomRoles.Editor);
        var editor = await OpenAsync("/newsroom/");
        await RunAsync(editor, "comment-approve", async () =>
        {
            await editor.GetByLabel("Email").FillAsync(email);
            await editor.GetByLabel("Kata sandi").FillAsync(StaffSignIn.Password);
            await editor.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
            await editor.GetByRole(AriaRole.Link, new() { Name = "Komentar", Exact = true }).ClickAsync();
            var item = editor.Locator(".cm-item", new() { HasText = "Balasan dengan JavaScript" });
            await item.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
            await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("1 komentar dipindahkan ke Disetujui.");
        });

        var reader = await OpenAsync(url);
        await Expect(reader.Locator(".comment-list .children .comment-text", new() { HasText = "Balasan dengan JavaScript" })).ToBeVisibleAsync();
        await ScreenshotAsync(reader, "comments-thread");
        Assert.Empty(ConsoleErrors);
    }
}
