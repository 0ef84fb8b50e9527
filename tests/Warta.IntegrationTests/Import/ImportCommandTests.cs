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
            var (exit, output, errors) = await AppCommand.RunAsync(null, "import", "wordpress", Fixture("warta-export-1.2.xml"),
                $"--Warta:DataDirectory={directory}", "--Warta:SeedDemoContent=false");

            Assert.True(exit == 0, errors);
            Assert.Contains("Importing [", output, StringComparison.Ordinal);
            Assert.Contains("Imported: 1 articles, 1 pages, 2 comments", output, StringComparison.Ordinal);

            var (brokenExit, _, brokenErrors) = await AppCommand.RunAsync(null, "import", "wordpress", Fixture("broken.xml"),
                $"--Warta:DataDirectory={directory}", "--Warta:SeedDemoContent=false");
            Assert.NotEqual(0, brokenExit);
            Assert.Contains("line 10", brokenErrors, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }
}
