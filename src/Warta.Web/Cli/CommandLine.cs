using System.Globalization;
using Warta.Web.Data;
using Warta.Web.Feeds;
using Warta.Web.Search;
using Warta.Web.Site;

namespace Warta.Web.Cli;

/// <summary>
/// Verbs of the same app, for editors, developers and scripts:
/// <c>dotnet run --project src/Warta.Web -- search rebuild</c> and <c>… -- search analyze --language id "TEXT"</c>.
/// Configuration comes as for the site (appsettings, environment, <c>--Warta:DataDirectory=…</c>).
/// </summary>
public static class CommandLine
{
    private const string Usage = """
        Usage:
          search rebuild                          rebuild the search index from the database (the site keeps answering)
          search analyze --language id|en "TEXT"  show the terms the index stores for each word
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "search";

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Where(a => !a.StartsWith("--Warta", StringComparison.OrdinalIgnoreCase)).ToArray();
        var builder = WebApplication.CreateBuilder(args.Where(a => a.StartsWith("--Warta", StringComparison.OrdinalIgnoreCase)).ToArray());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddWartaData();
        builder.Services.AddReaderSite();
        builder.Services.AddFeeds();
        builder.Services.AddSearch();
        await using var app = builder.Build();

        switch (verb)
        {
            case ["search", "rebuild"]:
                await app.PrepareDatabaseAsync();
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var count = await scope.ServiceProvider.GetRequiredService<RebuildSearchIndex>()
                        .RunAsync(new ConsoleProgress(Console.Out, "Indexing"), CancellationToken.None);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Search index rebuilt: {count} articles."));
                }
                return 0;
            case ["search", "analyze", "--language", var language, .. var words] when words.Length > 0 && SiteLanguages.IsSupported(language):
                Analyze(app.Services.GetRequiredService<Analyzers>(), language, string.Join(' ', words), Console.Out);
                return 0;
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    /// <summary>One line per input word: the word, a tab, and the terms stored for it (nothing for a stop word).</summary>
    public static void Analyze(Analyzers analyzers, string language, string text, TextWriter output)
    {
        var analyzer = analyzers.For(language);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            output.WriteLine($"{word}\t{string.Join(' ', TextAnalysis.Terms(analyzer, IndexFields.Body(language), word))}");
    }
}
