using System.Globalization;
using Warta.Web.Data;
using Warta.Web.Search;

namespace Warta.Web.Cli;

/// <summary><c>search rebuild</c> and <c>search analyze</c>.</summary>
public static class SearchCommands
{
    public static async Task<int> RebuildAsync(string[] settings)
    {
        await using var app = CommandLine.Build(settings);
        await app.PrepareDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<RebuildSearchIndex>()
            .RunAsync(new ConsoleProgress(Console.Out, "Indexing"), CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Search index rebuilt: {count} articles."));
        return 0;
    }

    public static async Task<int> AnalyzeAsync(string[] settings, string language, string text)
    {
        await using var app = CommandLine.Build(settings);
        Analyze(app.Services.GetRequiredService<Analyzers>(), language, text, Console.Out);
        return 0;
    }

    /// <summary>One line per input word: the word, a tab, and the terms stored for it (nothing for a stop word).</summary>
    public static void Analyze(Analyzers analyzers, string language, string text, TextWriter output)
    {
        var analyzer = analyzers.For(language);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            output.WriteLine($"{word}\t{string.Join(' ', TextAnalysis.Terms(analyzer, IndexFields.Text(language), word))}");
    }
}
