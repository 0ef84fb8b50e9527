using System.Globalization;
using Microsoft.Playwright;
using Warta.Web.Newsroom.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Warta.BrowserTests;

public class NewsroomJourneyTests(BrowserSite site) : BrowserTest(site)
{
    private async Task<IPage> SignInAsync(string role)
    {
        var (email, _) = await Site.App.CreateStaffAsync(role);
        var page = await OpenAsync("/newsroom/");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await FillSignInAsync(page, email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Selamat datang");
        return page;
    }

    private static async Task FillSignInAsync(IPage page, string email)
    {
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/newsroom/masuk/"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Kata sandi").FillAsync(StaffSignIn.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
    }

    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..6]}";

    [Fact]
    public async Task Editor_WritesWithTheToolbar_InsertsBacaJuga_Previews_Schedules_AndTheStoryGoesLive()
    {
        await Site.App.WaitForSearchAsync();
        var page = await SignInAsync(NewsroomRoles.Editor);
        var headline = Unique("Pelabuhan Baru Mulai Beroperasi");
        await RunAsync(page, "editor-journey", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Tulis artikel" }).ClickAsync();
            await page.Locator("#headline").FillAsync(headline);
            await page.Locator("#dek").FillAsync("Kapal besar kini bisa bersandar langsung.");
            await page.Locator("#section").SelectOptionAsync(new SelectOptionValue { Label = "Ekonomi" });
            await page.Locator("#body").FillAsync("Pelabuhan itu dibuka pagi ini. ");
            await page.Locator("#body").PressAsync("End");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tebal" }).ClickAsync();
            await page.Keyboard.TypeAsync("teks tebal"); // the caret waits between the marks
            await Expect(page.Locator("#body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"\*\*teks tebal\*\*"));

            await page.GetByRole(AriaRole.Button, new() { Name = "Baca juga" }).ClickAsync();
            var picker = page.GetByRole(AriaRole.Dialog);
            await picker.GetByLabel("Cari artikel menurut judul").FillAsync("Harga Cabai");
            await picker.GetByRole(AriaRole.Button, new() { Name = "Harga Cabai Rawit" }).ClickAsync();
            await Expect(page.Locator("#body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"\[baca-juga id=\d+\]"));

            var preview = page.FrameLocator("iframe[name=pratinjau]");
            await Expect(preview.Locator("article.article h1")).ToHaveTextAsync(headline);
            await Expect(preview.Locator(".article-body strong").First).ToHaveTextAsync("teks tebal");
            await Expect(preview.Locator(".baca-juga a")).ToContainTextAsync("Harga Cabai Rawit");
            await ScreenshotAsync(page, "newsroom-editor");

            var soon = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddSeconds(6), TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta"));
            if (soon.Second == 0) soon = soon.AddSeconds(1); // Chromium drops ":00" from the value, which Playwright's fill takes for malformed
            await page.Locator("#schedule").FillAsync(soon.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Jadwalkan", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Terjadwal");

            // The scheduler publishes it with nobody visiting; the editor page shows it once it is live.
            var live = page.GetByRole(AriaRole.Link, new() { Name = "Lihat di situs" });
            for (var i = 0; i < 30 && !await live.IsVisibleAsync(); i++)
            {
                await Task.Delay(1000);
                await page.ReloadAsync();
            }
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Terbit");
            var href = await live.GetAttributeAsync("href");
            await page.GotoAsync(Site.BaseUrl + href);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(headline);
            await Expect(page.Locator(".baca-juga a")).ToContainTextAsync("Harga Cabai Rawit");
        });
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Contributor_SubmitsForReview_AndAnEditorPublishes()
    {
        var contributor = await SignInAsync(NewsroomRoles.Contributor);
        var headline = Unique("Kabar Kontributor dari Ambon");
        await RunAsync(contributor, "contributor-submits", async () =>
        {
            await contributor.GotoAsync(Site.BaseUrl + "/newsroom/artikel/tulis/");
            await contributor.Locator("#headline").FillAsync(headline);
            await contributor.Locator("#section").SelectOptionAsync(new SelectOptionValue { Label = "Nasional" });
            await contributor.Locator("#body").FillAsync("Warga menyambut kapal perintis.");
            await Expect(contributor.GetByRole(AriaRole.Button, new() { Name = "Terbitkan" })).ToHaveCountAsync(0);
            await contributor.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
            await contributor.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk ditinjau" }).ClickAsync();
            await Expect(contributor.GetByTestId("status")).ToHaveTextAsync("Menunggu tinjauan");
        });

        var editor = await SignInAsync(NewsroomRoles.Editor);
        await RunAsync(editor, "editor-publishes", async () =>
        {
            await editor.GotoAsync(Site.BaseUrl + "/newsroom/artikel/?status=PendingReview");
            await editor.GetByRole(AriaRole.Link, new() { Name = headline }).ClickAsync();
            await editor.GetByRole(AriaRole.Button, new() { Name = "Terbitkan" }).ClickAsync();
            await Expect(editor.GetByTestId("status")).ToHaveTextAsync("Terbit");
            await editor.GetByRole(AriaRole.Link, new() { Name = "Lihat di situs" }).ClickAsync();
        });
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task TypingTheBody_WithTheHeadlineEmpty_PausingPastThePreviewRefresh_KeepsEveryCharacterInTheBody()
    {
        var page = await SignInAsync(NewsroomRoles.Author);
        await RunAsync(page, "cursor-stays", async () =>
        {
            await page.GotoAsync(Site.BaseUrl + "/newsroom/artikel/tulis/");
            // No browser validation bubble on load: the headline is empty but nothing has been saved yet.
            Assert.NotEqual("headline", await page.EvaluateAsync<string>("() => document.activeElement && document.activeElement.id"));
            await page.Locator("#body").ClickAsync();
            await page.Keyboard.TypeAsync("Gempa mengguncang ");
            // Past the preview's 700 ms refresh, twice over.
            await page.WaitForTimeoutAsync(1800);
            await page.Keyboard.TypeAsync("pesisir selatan pagi ini.");

            await Expect(page.Locator("#body")).ToHaveValueAsync("Gempa mengguncang pesisir selatan pagi ini.");
            await Expect(page.Locator("#headline")).ToHaveValueAsync("");
            Assert.Equal("body", await page.EvaluateAsync<string>("() => document.activeElement.id"));

            // Saving with the headline empty gives the site's own Indonesian message, the text kept.
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
            await Expect(page.Locator(".ed-field-problem").First).ToContainTextAsync("Judul");
            await Expect(page.Locator("#body")).ToHaveValueAsync("Gempa mengguncang pesisir selatan pagi ini.");
        });
        // The refused save answers 422, which Chromium logs as a failed load; nothing else may be in the console.
        Assert.True(ConsoleErrors.All(e => e.Contains("status of 422", StringComparison.Ordinal)), string.Join("\n", ConsoleErrors));
    }

    [Fact]
    public async Task UnsavedText_SurvivesAReload()
    {
        var page = await SignInAsync(NewsroomRoles.Author);
        await RunAsync(page, "autosave", async () =>
        {
            await page.GotoAsync(Site.BaseUrl + "/newsroom/artikel/tulis/");
            await page.Locator("#headline").FillAsync("Judul yang belum disimpan");
            await page.Locator("#body").FillAsync("Paragraf penting yang diketik sebelum listrik padam.");

            await page.ReloadAsync();
            await Expect(page.Locator("#body")).ToHaveValueAsync("");
            await page.GetByRole(AriaRole.Button, new() { Name = "Pulihkan teks itu" }).ClickAsync();

            await Expect(page.Locator("#body")).ToHaveValueAsync("Paragraf penting yang diketik sebelum listrik padam.");
            await Expect(page.Locator("#headline")).ToHaveValueAsync("Judul yang belum disimpan");
        });
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task UnsavedText_IsNeverOfferedToTheNextPersonOnThatBrowser_AndSigningOutClearsIt()
    {
        var (first, _) = await Site.App.CreateStaffAsync(NewsroomRoles.Author);
        var (second, _) = await Site.App.CreateStaffAsync(NewsroomRoles.Author);
        var page = await OpenAsync("/newsroom/");
        await FillSignInAsync(page, first);
        await RunAsync(page, "drafts-per-account", async () =>
        {
            await page.GotoAsync(Site.BaseUrl + "/newsroom/artikel/tulis/");
            await page.Locator("#body").FillAsync("Catatan pribadi penulis pertama tentang narasumber.");
            Assert.Equal(1, await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('warta-draft:')).length"));

            // Another account on the same browser while the copy is still there: never offered.
            await page.Context.ClearCookiesAsync();
            await page.GotoAsync(Site.BaseUrl + "/newsroom/");
            await FillSignInAsync(page, second);
            await page.GotoAsync(Site.BaseUrl + "/newsroom/artikel/tulis/");
            await Expect(page.Locator("#body")).ToHaveValueAsync("");
            Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Pulihkan teks itu" }).CountAsync());

            await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/newsroom/masuk/"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('warta-draft:')).length"));
        });
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task TheToolbar_WithNothingSelected_NeverInsertsPlaceholderWords()
    {
        var (email, _) = await Site.App.CreateStaffAsync(NewsroomRoles.Author);
        var page = await OpenAsync("/newsroom/");
        page.Dialog += (_, dialog) => dialog.AcceptAsync(dialog.DefaultValue == "https://" ? "https://contoh.example/laporan" : "laporan lengkapnya");
        await FillSignInAsync(page, email);
        await RunAsync(page, "toolbar-no-selection", async () =>
        {
            await page.GotoAsync(Site.BaseUrl + "/newsroom/artikel/tulis/");
            var body = page.Locator("#body");
            await body.FillAsync("Baca ");
            await body.EvaluateAsync("b => b.setSelectionRange(b.value.length, b.value.length)");
            await page.Locator(".ed-toolbar button[data-md=link]").ClickAsync();
            await Expect(body).ToHaveValueAsync("Baca [laporan lengkapnya](https://contoh.example/laporan)");

            await page.Locator(".ed-toolbar button[data-md=bold]").ClickAsync();
            await page.Keyboard.TypeAsync("penting");
            await Expect(body).ToHaveValueAsync("Baca [laporan lengkapnya](https://contoh.example/laporan)**penting**");
        });
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task TheEditor_CountsWords_AndShowsTheSearchResultAndShareCard_AsTheWriterTypes()
    {
        var page = await SignInAsync(NewsroomRoles.Author);
        await RunAsync(page, "writing-aids", async () =>
        {
            await page.GotoAsync(Site.BaseUrl + "/newsroom/artikel/tulis/");
            await page.Locator("#headline").FillAsync("Banjir Rob Rendam Pesisir Utara");
            await page.Locator("#body").FillAsync("Air laut naik ke jalan pesisir **pagi** ini.[^1]\n\n[^1]: Menurut warga.");
            await Expect(page.Locator("#body-stats")).ToHaveTextAsync("8 kata · ≈ 1 menit baca");

            await page.Locator("#meta").FillAsync("Ratusan rumah di pesisir utara terendam banjir rob sejak subuh.");
            var search = page.GetByTestId("snippet-search");
            await Expect(search.Locator(".snippet-title")).ToHaveTextAsync("Banjir Rob Rendam Pesisir Utara");
            await Expect(search.Locator(".snippet-desc")).ToHaveTextAsync("Ratusan rumah di pesisir utara terendam banjir rob sejak subuh.");
            await Expect(search.Locator(".snippet-url")).ToContainTextAsync("banjir-rob-rendam-pesisir-utara");
            await Expect(page.GetByTestId("snippet-social").Locator(".snippet-title")).ToHaveTextAsync("Banjir Rob Rendam Pesisir Utara");
            await page.SetViewportSizeAsync(1366, 900);
            await ScreenshotAsync(page, "editor-writing-aids-1366");
            await page.Locator(".ed-snippets").ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ArtifactsDirectory, "editor-snippets.png") });
            await page.SetViewportSizeAsync(390, 844);
            await ScreenshotAsync(page, "editor-writing-aids-phone");
        });
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task AnExpiredSignIn_ReturnsTheWriterToTheDraft_WithTheirText()
    {
        var (email, _) = await Site.App.CreateStaffAsync(NewsroomRoles.Author);
        var page = await OpenAsync("/newsroom/");
        await FillSignInAsync(page, email);
        await RunAsync(page, "expired-sign-in", async () =>
        {
            await page.GotoAsync(Site.BaseUrl + "/newsroom/artikel/tulis/");
            await page.Locator("#headline").FillAsync("Laporan yang ditulis lama sekali");
            await page.Locator("#section").SelectOptionAsync(new SelectOptionValue { Label = "Nasional" });
            await page.Locator("#body").FillAsync("Teks panjang yang ditulis selama satu jam.");

            await page.Context.ClearCookiesAsync(); // the sign-in expires while the writer is typing
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();

            await FillSignInAsync(page, email);
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/newsroom/artikel/tulis/$"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Pulihkan teks itu" }).ClickAsync();
            await Expect(page.Locator("#body")).ToHaveValueAsync("Teks panjang yang ditulis selama satu jam.");
            await Expect(page.Locator("#headline")).ToHaveValueAsync("Laporan yang ditulis lama sekali");
        });
    }

    [Fact]
    public async Task TwoEditors_OnTheSameArticle_SeeAConflict_NotAnOverwrite()
    {
        var article = await An.Article().Titled(Unique("Berita Disunting Berdua")).WithStatus(Web.Articles.ArticleStatus.Draft).SaveAsync(Site.App);
        var url = $"/newsroom/artikel/tulis/{article.Id}/";
        var first = await SignInAsync(NewsroomRoles.Editor);
        var second = await SignInAsync(NewsroomRoles.Editor);
        await first.GotoAsync(Site.BaseUrl + url);
        await second.GotoAsync(Site.BaseUrl + url);
        await RunAsync(second, "conflict", async () =>
        {
            await first.Locator("#body").FillAsync("Versi editor pertama.");
            await first.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
            await Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("Tersimpan.");

            await second.Locator("#body").FillAsync("Versi editor kedua.");
            await second.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();

            await Expect(second.GetByRole(AriaRole.Heading, new() { Name = "Artikel ini diubah orang lain" })).ToBeVisibleAsync();
            await Expect(second.GetByTestId("their-body")).ToHaveTextAsync("Versi editor pertama.");
            await Expect(second.GetByTestId("your-body")).ToHaveTextAsync("Versi editor kedua.");
            await Expect(second.Locator("#body")).ToHaveValueAsync("Versi editor kedua.");
            await ScreenshotAsync(second, "newsroom-conflict");
        });
    }
}
