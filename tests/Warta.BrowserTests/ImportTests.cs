using Microsoft.Playwright;
using Warta.Web.Newsroom.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Warta.BrowserTests;

public class ImportTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task AnAdministrator_ImportsAnExport_AndReadersOpenTheImportedStoryWithItsComments()
    {
        var (email, _) = await Site.App.CreateStaffAsync(NewsroomRoles.Administrator);
        var page = await OpenAsync("/newsroom/");
        await RunAsync(page, "import", async () =>
        {
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Kata sandi").FillAsync(StaffSignIn.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Impor WordPress" }).ClickAsync();
            await page.GetByLabel("Berkas ekspor (.xml)").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Import", "fixtures", "warta-export-1.2.xml"));
            // The fixture's files live on a host these machines cannot reach: tests send nothing past loopback.
            await page.GetByLabel("Unduh gambar lampiran", new() { Exact = false }).UncheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Impor", Exact = true }).ClickAsync();
            // The mapping step: the export's one category, a new section by default.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Petakan kategori" })).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Hukum")).ToHaveValueAsync("section");
            await ScreenshotAsync(page, "newsroom-import-mapping");
            await page.GetByRole(AriaRole.Button, new() { Name = "Mulai impor" }).ClickAsync();
            // The import runs as a job the page polls: on a loaded machine it can take longer than the default 5 s.
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Selesai: 1 artikel, 1 halaman, 2 komentar", new() { Timeout = 30_000 });
            await ScreenshotAsync(page, "newsroom-import");

            await page.GotoAsync(Site.BaseUrl + "/?p=101");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Banjir Rob di Pesisir");
            await Expect(page.Locator(".comment-text", new() { HasText = "Semoga cepat surut." })).ToBeVisibleAsync();
        });
    }
}
