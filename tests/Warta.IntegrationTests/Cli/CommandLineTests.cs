using System.Diagnostics;

namespace Warta.IntegrationTests.Cli;

/// <summary>Every command line that is not the site goes through one parser: a typo never starts the site.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("improt", "wordpress", "x.xml")]
    [InlineData("frobnicate")]
    [InlineData("import", "wordpres", "x.xml")]
    [InlineData("search", "rebuld")]
    [InlineData("user", "add", "--email", "a@contoh.id")]
    public async Task AnUnknownOrIncompleteCommand_SaysSo_AndExitsNonZero_WithoutStartingTheSite(params string[] args)
    {
        var directory = Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
        var clock = Stopwatch.StartNew();

        var (exit, output, errors) = await AppCommand.RunAsync(null, [.. args, $"--Warta:DataDirectory={directory}", "--urls=http://127.0.0.1:0"]);

        Assert.NotEqual(0, exit);
        Assert.Contains("Usage:", output + errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output + errors, StringComparison.Ordinal);
        // Nothing was prepared: the site would have created its database.
        Assert.False(File.Exists(Path.Combine(directory, "warta.db")));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60));
    }

    [Theory]
    [InlineData("import", "wordpress", "--report")]
    [InlineData("user", "add", "--role")]
    [InlineData("search", "analyze", "--language")]
    public async Task EachCommand_HasHelp(string noun, string verb, string option)
    {
        var (exit, output, _) = await AppCommand.RunAsync(null, noun, verb, "--help");

        Assert.Equal(0, exit);
        Assert.Contains(option, output, StringComparison.Ordinal);
    }
}
