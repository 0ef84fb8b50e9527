namespace Warta.IntegrationTests.Import;

/// <summary>`import wordpress FILE` as a newcomer runs it: the app's own executable on a fresh data directory.</summary>
public class ImportCommandTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "fixtures", name);

    [Fact]
    public async Task TheCommand_ImportsWithAProgressBar_AndASummary_AndRefusesABrokenFile_WithLineAndColumn()
    {
        var directory = Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output, errors) = await AppCommand.RunAsync(null, "import", "wordpress", Fixture("warta-export-1.2.xml"), "--no-fetch",
                $"--Warta:DataDirectory={directory}", "--Warta:SeedDemoContent=false");

            Assert.True(exit == 0, errors);
            Assert.Contains("Importing [", output, StringComparison.Ordinal);
            Assert.Contains("Imported: 1 articles, 1 pages, 2 comments", output, StringComparison.Ordinal);

            var (brokenExit, _, brokenErrors) = await AppCommand.RunAsync(null, "import", "wordpress", Fixture("broken.xml"), "--no-fetch",
                $"--Warta:DataDirectory={directory}", "--Warta:SeedDemoContent=false");
            Assert.NotEqual(0, brokenExit);
            Assert.Contains("line 10", brokenErrors, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task TheCommand_BesideARunningSite_ReachesItsSearchAndPages_WithinSeconds()
    {
        using var site = new WartaApp();
        var reader = site.CreateReader();
        await site.WaitForSearchAsync();
        var (_, before) = await reader.GetPageAsync("/");
        Assert.DoesNotContain("Gempa Guncang Pesisir Selatan", before.Body?.TextContent ?? "", StringComparison.Ordinal);
        var report = Path.Combine(site.DataDirectory, "laporan.csv");

        var (exit, output, errors) = await AppCommand.RunAsync(null, "import", "wordpress", Fixture("pindahan-https-minified.xml"), "--no-fetch", "--report", report,
            $"--Warta:DataDirectory={site.DataDirectory}", "--Warta:SeedDemoContent=false");

        Assert.True(exit == 0, errors);
        Assert.Contains("Imported: 7 articles", output, StringComparison.Ordinal);
        var rows = await File.ReadAllLinesAsync(report);
        Assert.Equal(1 + 11 + 4, rows.Length); // header, eleven items, four comments
        Assert.Contains(rows, r => r.StartsWith("9003,pingback,", StringComparison.Ordinal) && r.Contains(",imported,", StringComparison.Ordinal));

        // No restart, no rebuild, no purge: the site follows the command's changes through the change journal.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string found = "", home = "";
        while (DateTime.UtcNow < deadline)
        {
            found = (await reader.GetPageAsync("/cari/?q=gempa+pesisir")).Document.QuerySelector(".search-results")?.TextContent ?? "";
            home = await reader.GetStringAsync("/");
            if (found.Contains("Gempa Guncang Pesisir Selatan", StringComparison.Ordinal) && home.Contains("Gempa Guncang Pesisir Selatan", StringComparison.Ordinal)) break;
            await Task.Delay(200);
        }
        Assert.Contains("Gempa Guncang Pesisir Selatan", found, StringComparison.Ordinal);
        Assert.Contains("Gempa Guncang Pesisir Selatan", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImportWhileTheSiteIsDown_IsInSearch_OnceItIsBack()
    {
        var directory = Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
        using (var first = new WartaApp(directory) { DeleteDataOnDispose = false })
        {
            first.CreateReader();
            await first.WaitForSearchAsync();
        }

        var (exit, _, errors) = await AppCommand.RunAsync(null, "import", "wordpress", Fixture("pindahan-https-minified.xml"), "--no-fetch",
            $"--Warta:DataDirectory={directory}", "--Warta:SeedDemoContent=false");
        Assert.True(exit == 0, errors);

        using var second = new WartaApp(directory);
        var reader = second.CreateReader();
        await second.WaitForSearchAsync();
        var (_, found) = await reader.GetPageAsync("/cari/?q=gempa+pesisir");
        Assert.Contains("Gempa Guncang Pesisir Selatan", found.Text(".search-results h2"), StringComparison.Ordinal);
    }
}
