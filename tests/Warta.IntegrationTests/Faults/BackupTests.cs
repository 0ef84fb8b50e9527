using System.Collections.Concurrent;
using System.Net;
using Microsoft.Data.Sqlite;

namespace Warta.IntegrationTests.Faults;

/// <summary>
/// <c>backup DIR</c> while the site takes comments, then <c>restore DIR</c> into a new data directory: the restored
/// site holds exactly what the backup counted, serves its pages and media, and finds its stories again.
/// </summary>
[Trait("Provider", TestDatabase.SqliteOnly)] // the SQLite online backup; PostgreSQL sites use pg_dump (README)
public class BackupTests
{
    private static readonly Dictionary<string, string> Relaxed = new()
    {
        ["Warta:Comments:MinSecondsToPost"] = "0", ["Warta:Comments:FloodSeconds"] = "0", ["Warta:Comments:PostsPerMinute"] = "1000000",
    };

    private const string Photo = "uploads/2026/12/uji-cadangan.jpg";

    private static readonly byte[] PhotoBytes = ((NetVips.Image.Black(64, 48, bands: 3) + 90).Cast(NetVips.Enums.BandFormat.Uchar)).WriteToBuffer(".jpg");

    private static string NewDirectory() => Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));

    private static async Task<List<string>> TextsAsync(string database, string sql)
    {
        SqliteConnection.ClearAllPools();
        await using var db = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        var found = new List<string>();
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync()) found.Add(Convert.ToString(rows.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return found;
    }

    [Fact]
    public async Task ABackupTakenDuringWrites_RestoresToTheSameSite()
    {
        var live = NewDirectory();
        var backup = NewDirectory();
        var restored = NewDirectory();
        try
        {
            var answered = new ConcurrentBag<string>();
            await using (var app = await AppProcess.StartAsync(live, Relaxed))
            {
                using var client = app.Client();
                var story = Html.Parse(await client.GetStringAsync("/")).QuerySelector(".top-story-headline a")!.GetAttribute("href")!;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(live, "media", Photo))!);
                await File.WriteAllBytesAsync(Path.Combine(live, "media", Photo), PhotoBytes);
                using var stop = new CancellationTokenSource();
                var writer = Task.Run(async () =>
                {
                    for (var i = 0; !stop.IsCancellationRequested; i++)
                    {
                        var (action, antiforgery, token) = await client.FormTokensAsync(story);
                        var text = $"Komentar selama pencadangan {i}";
                        var response = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
                        {
                            ["__RequestVerificationToken"] = antiforgery, ["Comment.Token"] = token, ["Comment.Comment"] = text,
                            ["Comment.Author"] = "Pembaca", ["Comment.Email"] = $"c{i}@pembaca.example",
                        }));
                        if (response.StatusCode == HttpStatusCode.SeeOther) answered.Add(text);
                    }
                });
                await Task.Delay(500);

                var (exit, output, errors) = await AppCommand.RunAsync(null, "backup", backup, $"--Warta:DataDirectory={live}");
                Assert.True(exit == 0, errors);
                Assert.Contains("Backup written to", output, StringComparison.Ordinal);
                await Task.Delay(500);
                stop.Cancel();
                await writer;

                var (again, _, refusal) = await AppCommand.RunAsync(null, "backup", backup, $"--Warta:DataDirectory={live}");
                Assert.Equal(2, again);
                Assert.Contains("is not empty", refusal, StringComparison.Ordinal);
            }

            var manifest = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(backup, "warta-backup.json"))).RootElement;
            var inBackup = await TextsAsync(Path.Combine(backup, "warta.db"), "SELECT Text FROM Comments WHERE Text LIKE 'Komentar selama%'");
            Assert.NotEmpty(inBackup);
            Assert.True(inBackup.Count < answered.Count, "the backup is a snapshot taken while comments kept coming");
            Assert.Equal(["ok"], await TextsAsync(Path.Combine(backup, "warta.db"), "PRAGMA integrity_check"));

            var (restoreExit, restoreOutput, restoreErrors) = await AppCommand.RunAsync(null, "restore", backup, $"--Warta:DataDirectory={restored}");
            Assert.True(restoreExit == 0, restoreErrors);
            Assert.Contains("Restored the backup", restoreOutput, StringComparison.Ordinal);
            var (twice, _, twiceErrors) = await AppCommand.RunAsync(null, "restore", backup, $"--Warta:DataDirectory={restored}");
            Assert.Equal(2, twice);
            Assert.Contains("--replace", twiceErrors, StringComparison.Ordinal);

            Assert.Equal(manifest.GetProperty("Articles").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                (await TextsAsync(Path.Combine(restored, "warta.db"), "SELECT COUNT(*) FROM Articles")).Single());
            Assert.Equal(manifest.GetProperty("Comments").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                (await TextsAsync(Path.Combine(restored, "warta.db"), "SELECT COUNT(*) FROM Comments")).Single());

            await using (var site = await AppProcess.StartAsync(restored, Relaxed))
            {
                using var reader = site.Client();
                var home = Html.Parse(await reader.GetStringAsync("/"));
                var story = home.QuerySelector(".top-story-headline a")!;
                Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(story.GetAttribute("href"))).StatusCode);
                Assert.Equal(PhotoBytes, await reader.GetByteArrayAsync("/media/" + Photo));
                var found = false;
                for (var i = 0; i < 50 && !found; i++)
                {
                    found = Html.Parse(await reader.GetStringAsync($"/cari/?q={Uri.EscapeDataString(story.TextContent.Trim())}")).QuerySelectorAll(".search-results a")
                        .Any(a => a.GetAttribute("href") == story.GetAttribute("href"));
                    if (!found) await Task.Delay(200); // the index is rebuilt in the background at the first start
                }
                Assert.True(found, $"search did not find \"{story.TextContent.Trim()}\" after the restore");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var d in new[] { live, backup, restored }) try { Directory.Delete(d, recursive: true); } catch (IOException) { }
        }
    }
}
