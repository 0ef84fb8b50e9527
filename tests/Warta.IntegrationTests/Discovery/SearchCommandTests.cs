namespace Warta.IntegrationTests.Discovery;

/// <summary>The real command lines, run as a newcomer would (the app's own executable, a fresh data directory).</summary>
public class SearchCommandTests
{
    private static Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args) => AppCommand.RunAsync(null, args);

    [Fact]
    public async Task Analyze_PrintsEachWordAndItsStoredTerms()
    {
        var (exit, output, _) = await RunAsync("search", "analyze", "--language", "id", "Mengunjungi perekonomian dan Kim Jong-un");

        Assert.Equal(0, exit);
        Assert.Equal(["Mengunjungi\tkunjung", "perekonomian\tekonomi", "dan\t", "Kim\tkim", "Jong-un\tjong un"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Analyze_English()
    {
        var (exit, output, _) = await RunAsync("search", "analyze", "--language", "en", "The farmers mapping");

        Assert.Equal(0, exit);
        Assert.Equal(["The\t", "farmers\tfarmer", "mapping\tmap"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task UnknownVerbOrLanguage_PrintsUsage_AndFails()
    {
        var (exit, _, errors) = await RunAsync("search", "analyze", "--language", "fr", "bonjour");

        Assert.Equal(2, exit);
        Assert.Contains("Usage:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_OnAFreshDataDirectory_IndexesTheDemoSite_WithProgress()
    {
        var directory = Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output, errors) = await RunAsync("search", "rebuild", $"--Warta:DataDirectory={directory}");

            Assert.True(exit == 0, errors);
            Assert.Contains("Indexing [", output, StringComparison.Ordinal);
            Assert.Contains("100%", output, StringComparison.Ordinal);
            Assert.Matches(@"Search index rebuilt: (3[0-9]|[4-9][0-9]) articles\.", output);
            Assert.True(File.Exists(Path.Combine(directory, "search", "current")));
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }
}
