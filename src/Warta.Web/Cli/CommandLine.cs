using System.Globalization;
using Warta.Web.Caching;
using Warta.Web.Data;
using Warta.Web.Popular;
using Warta.Web.Feeds;
using Warta.Web.Newsroom;
using Warta.Web.Newsroom.Accounts;
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
          user add --email E --name N --role R    create a staff account; the password is read from standard input
                                                  (roles: administrator, editor, author, contributor, moderator)
          import wordpress FILE.xml [--report R.csv]
                                                  import a WordPress export (WXR); running it again updates;
                                                  --report writes every item and comment with its outcome
          search rebuild                          rebuild the search index from the database (the site keeps answering)
          search analyze --language id|en "TEXT"  show the terms the index stores for each word
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "search" or "user" or "import";

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Where(a => !a.StartsWith("--Warta", StringComparison.OrdinalIgnoreCase)).ToArray();
        var builder = WebApplication.CreateBuilder(args.Where(a => a.StartsWith("--Warta", StringComparison.OrdinalIgnoreCase)).ToArray());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddWartaData();
        builder.Services.AddReaderSite();
        builder.Services.AddFeeds();
        builder.Services.AddSearch();
        builder.Services.AddNewsroom();
        // Saves evict cached pages through the same interceptor as in the site; in this process there are none to
        // evict, so the running site's pages catch up within Warta:Cache:LifetimeSeconds (or at once via the purge hook).
        builder.Services.AddPopular();
        builder.Services.AddReaderCache();
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
            case ["import", "wordpress", var file]:
                return await ImportAsync(app, file, null);
            case ["import", "wordpress", var file, "--report", var report]:
                return await ImportAsync(app, file, report);
            case ["user", "add", .. var options] when Option(options, "--email") is { } email && Option(options, "--name") is { } name && Option(options, "--role") is { } role:
                return await AddUserAsync(app, email, name, role);
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> ImportAsync(WebApplication app, string file, string? report)
    {
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"No such file: {file}");
            return 1;
        }
        await app.PrepareDatabaseAsync();
        await app.PrepareNewsroomAsync();
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var summary = await scope.ServiceProvider.GetRequiredService<Import.WordPress.ImportWordPressExport>()
                .RunAsync(file, new ConsoleProgress(Console.Out, "Importing"), CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Imported: {summary.Articles} articles, {summary.Pages} pages, {summary.Comments} comments, {summary.Attachments} attachments, {summary.Authors} authors, {summary.Sections} sections, {summary.Tags} tags; updated {summary.Updated}; skipped {summary.SkippedCount}."));
            foreach (var skipped in summary.Skipped) Console.WriteLine("  skipped " + skipped);
            foreach (var note in summary.Notes) Console.WriteLine("  note: " + note);
            if (report is not null)
            {
                await File.WriteAllBytesAsync(report, Import.WordPress.ImportReport.ToBytes(summary));
                Console.WriteLine($"Report: {report} ({summary.Outcomes.Count} rows)");
            }
            return 0;
        }
        catch (Import.WordPress.ImportReconciliationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        catch (Import.WordPress.WxrFormatException e)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"The export cannot be read (line {e.Line}, column {e.Column}): {e.Message} Nothing was imported."));
            return 1;
        }
    }

    private static async Task<int> AddUserAsync(WebApplication app, string email, string name, string role)
    {
        await app.PrepareDatabaseAsync();
        await app.PrepareNewsroomAsync();
        var password = ReadPassword();
        await using var scope = app.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<AddStaffMember>().RunAsync(email, name, role, password, (null, "command line"));
        foreach (var problem in problems) await Console.Error.WriteLineAsync(problem);
        if (problems.Count > 0) return 1;
        Console.WriteLine($"{name} <{email}> ({role})");
        return 0;
    }

    /// <summary>The password comes from standard input (one line) so scripts can pipe it; at a terminal it is not echoed.</summary>
    private static string ReadPassword()
    {
        if (Console.IsInputRedirected) return Console.In.ReadLine() ?? "";
        Console.Write("Password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (password.Length > 0) password.Length--; }
            else if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }
        Console.WriteLine();
        return password.ToString();
    }

    private static string? Option(string[] options, string name)
    {
        var i = Array.IndexOf(options, name);
        return i >= 0 && i + 1 < options.Length ? options[i + 1] : null;
    }

    /// <summary>One line per input word: the word, a tab, and the terms stored for it (nothing for a stop word).</summary>
    public static void Analyze(Analyzers analyzers, string language, string text, TextWriter output)
    {
        var analyzer = analyzers.For(language);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            output.WriteLine($"{word}\t{string.Join(' ', TextAnalysis.Terms(analyzer, IndexFields.Body(language), word))}");
    }
}
