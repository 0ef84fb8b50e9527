using System.Globalization;
using Warta.Web.Hosting;
using Warta.Web.Import.WordPress;

namespace Warta.Web.Cli;

/// <summary><c>import wordpress FILE [--report R.csv]</c>: the import page's importer, in the foreground with a progress bar.</summary>
public static class ImportCommands
{
    public static async Task<int> WordPressAsync(string[] settings, FileInfo source, FileInfo? report, FileInfo? mapFile, FetchOptions fetch)
    {
        var map = CategoryMap.Default;
        if (mapFile is not null)
        {
            if (!mapFile.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {mapFile.FullName}");
                return 2;
            }
            using var mapReader = mapFile.OpenText();
            map = CategoryMap.Parse(mapReader, out var problems);
            foreach (var problem in problems) await Console.Error.WriteLineAsync($"{mapFile.Name}, {problem}");
            if (problems.Count > 0)
            {
                await Console.Error.WriteLineAsync("The category map cannot be used. Nothing was imported.");
                return 2;
            }
        }
        var file = source.FullName;
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"No such file: {file}");
            return 1;
        }
        await using var app = CommandLine.Build(settings);
        await app.PrepareAsync();
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var summary = await scope.ServiceProvider.GetRequiredService<ImportWordPressExport>()
                .RunAsync(file, new ConsoleProgress(Console.Out, "Importing"), CancellationToken.None, map: map, fetch: fetch);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Imported: {summary.Articles} articles, {summary.Pages} pages, {summary.Comments} comments, {summary.Attachments} attachments, {summary.Authors} authors, {summary.Sections} sections, {summary.Tags} tags; updated {summary.Updated}; skipped {summary.SkippedCount}."));
            foreach (var skipped in summary.Skipped) Console.WriteLine("  skipped " + skipped);
            foreach (var note in summary.Notes) Console.WriteLine("  note: " + note);
            if (report is not null)
            {
                await File.WriteAllBytesAsync(report.FullName, ImportReport.ToBytes(summary));
                Console.WriteLine($"Report: {report.FullName} ({summary.Outcomes.Count} rows)");
            }
            return 0;
        }
        catch (ImportReconciliationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        catch (WxrFormatException e)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"The export cannot be read (line {e.Line}, column {e.Column}): {e.Message} Nothing was imported."));
            return 1;
        }
    }
}
