using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Warta.Web.Data.Backups;

/// <summary>
/// <c>backup DIR</c> and <c>restore DIR</c> for the embedded default (SQLite file + data directory), taken while the
/// site runs and writes: the database through SQLite's online backup API (one consistent snapshot, writers carry on),
/// then the media and the data-protection keys (so signed-in staff and form tokens survive a restore). The search
/// index is not copied: a restored site rebuilds it from the database at its first start. PostgreSQL sites use
/// pg_dump/pg_restore plus a copy of the media directory (README).
/// </summary>
public sealed class SiteBackup(IOptions<WartaOptions> warta, IOptions<DatabaseOptions> database)
{
    public const string ManifestName = "warta-backup.json";
    private const string DatabaseName = "warta.db";

    public sealed record Manifest(DateTime CreatedUtc, int Articles, int Comments, int MediaFiles, string Format = "warta-backup-1");

    /// <summary>What went wrong in words for the person at the terminal, or null when it worked.</summary>
    public sealed record Outcome(Manifest? Made, string? Refusal);

    public async Task<Outcome> CreateAsync(string target, CancellationToken ct)
    {
        if (database.Value.Provider != DatabaseProvider.Sqlite) return new(null, PostgresRefusal);
        var options = warta.Value;
        if (!File.Exists(options.DatabasePath)) return new(null, $"There is no site database at {options.DatabasePath} to back up.");
        var full = Path.GetFullPath(target);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            return new(null, $"{full} is not empty; back up into a new or empty directory, so no earlier backup is overwritten.");
        if (full.StartsWith(options.DataDirectoryPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return new(null, "The backup directory cannot be inside the data directory it backs up.");
        Directory.CreateDirectory(full);

        var copy = Path.Combine(full, DatabaseName);
        await using (var source = new SqliteConnection($"Data Source={options.DatabasePath};Mode=ReadOnly;Pooling=False"))
        await using (var destination = new SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            await source.OpenAsync(ct);
            await destination.OpenAsync(ct);
            source.BackupDatabase(destination); // one read transaction: the snapshot is consistent, writers are not stopped
        }

        // Media after the snapshot: every file the snapshot names was written before it (uploads store files first).
        var mediaFiles = CopyTree(options.MediaPath, Path.Combine(full, "media"));
        CopyTree(Path.Combine(options.DataDirectoryPath, "keys"), Path.Combine(full, "keys"));
        var (articles, comments) = await CountAsync(copy, ct);
        var manifest = new Manifest(DateTime.UtcNow, articles, comments, mediaFiles);
        await File.WriteAllTextAsync(Path.Combine(full, ManifestName), JsonSerializer.Serialize(manifest, JsonOptions), ct);
        return new(manifest, null);
    }

    public async Task<Outcome> RestoreAsync(string source, bool replace, CancellationToken ct)
    {
        if (database.Value.Provider != DatabaseProvider.Sqlite) return new(null, PostgresRefusal);
        var full = Path.GetFullPath(source);
        var manifestPath = Path.Combine(full, ManifestName);
        if (!File.Exists(manifestPath) || !File.Exists(Path.Combine(full, DatabaseName)))
            return new(null, $"{full} is not a Warta backup (no {ManifestName} and {DatabaseName}).");
        var manifest = JsonSerializer.Deserialize<Manifest>(await File.ReadAllTextAsync(manifestPath, ct), JsonOptions);
        var options = warta.Value;
        if (File.Exists(options.DatabasePath) && !replace)
            return new(null, $"{options.DatabasePath} already holds a site. Stop the site, then run restore with --replace to replace it.");

        Directory.CreateDirectory(options.DataDirectoryPath);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(options.DatabasePath + suffix);
        File.Copy(Path.Combine(full, DatabaseName), options.DatabasePath);
        var search = Path.Combine(options.DataDirectoryPath, "search");
        if (Directory.Exists(search)) Directory.Delete(search, recursive: true); // rebuilt from the restored database at start
        CopyTree(Path.Combine(full, "media"), options.MediaPath);
        CopyTree(Path.Combine(full, "keys"), Path.Combine(options.DataDirectoryPath, "keys"));
        return new(manifest, null);
    }

    private const string PostgresRefusal =
        "backup and restore cover the embedded SQLite database. For PostgreSQL use pg_dump and pg_restore, and copy the media directory (README, \"Backup and restore\").";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private static int CopyTree(string from, string to)
    {
        if (!Directory.Exists(from)) return 0;
        var copied = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".tmp", StringComparison.Ordinal)) continue;
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            try
            {
                File.Copy(file, destination, overwrite: true);
                copied++;
            }
            catch (FileNotFoundException) { } // deleted meanwhile: a file the snapshot no longer names
        }
        return copied;
    }

    private static async Task<(int Articles, int Comments)> CountAsync(string path, CancellationToken ct)
    {
        await using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync(ct);
        async Task<int> Count(string table)
        {
            await using var command = db.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        return (await Count("Articles"), await Count("Comments"));
    }
}
