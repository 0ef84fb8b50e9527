using System.Globalization;
using Warta.Web.Data.Backups;

namespace Warta.Web.Cli;

/// <summary><c>backup DIR</c> (online, while the site runs) and <c>restore DIR [--replace]</c> (with the site stopped).</summary>
public static class BackupCommands
{
    public static async Task<int> BackupAsync(string[] settings, DirectoryInfo target)
    {
        await using var app = CommandLine.Build(settings);
        var outcome = await app.Services.GetRequiredService<SiteBackup>().CreateAsync(target.FullName, CancellationToken.None);
        if (outcome.Refusal is { } refusal)
        {
            await Console.Error.WriteLineAsync(refusal);
            return 2;
        }
        var made = outcome.Made!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Backup written to {target.FullName}: {made.Articles} articles, {made.Comments} comments, {made.MediaFiles} media files."));
        return 0;
    }

    public static async Task<int> RestoreAsync(string[] settings, DirectoryInfo source, bool replace)
    {
        await using var app = CommandLine.Build(settings);
        var outcome = await app.Services.GetRequiredService<SiteBackup>().RestoreAsync(source.FullName, replace, CancellationToken.None);
        if (outcome.Refusal is { } refusal)
        {
            await Console.Error.WriteLineAsync(refusal);
            return 2;
        }
        var made = outcome.Made!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Restored the backup of {made.CreatedUtc:yyyy-MM-dd HH:mm} UTC: {made.Articles} articles, {made.Comments} comments, {made.MediaFiles} media files. The search index is rebuilt when the site starts."));
        return 0;
    }
}
