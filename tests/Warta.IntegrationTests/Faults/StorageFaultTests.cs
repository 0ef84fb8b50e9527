using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;

namespace Warta.IntegrationTests.Faults;

/// <summary>
/// A disk that fills up and a data directory that turns read-only under the running app (a small tmpfs, remounted):
/// writes are refused with a plain message and the reader's text kept, reads go on, nothing is corrupted, and writing
/// works again once space or write access returns, without a restart or a repair.
/// </summary>
[Trait("Provider", TestDatabase.SqliteOnly)] // the SQLite file and its directory are what the fault hits
public sealed class StorageFaultTests : IAsyncLifetime
{
    private readonly string mount = Path.Combine(Path.GetTempPath(), "warta-tests", "disk-" + Guid.NewGuid().ToString("N")[..8]);
    private string Data => Path.Combine(mount, "data");

    private static readonly Dictionary<string, string> Relaxed = new()
    {
        ["Warta:Comments:MinSecondsToPost"] = "0", ["Warta:Comments:FloodSeconds"] = "0", ["Warta:Comments:PostsPerMinute"] = "100000",
    };

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)}: {errors}");
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(mount);
        await RunAsync("mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", mount);
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { await RunAsync("umount", "-l", mount); } catch (InvalidOperationException) { }
        try { Directory.Delete(mount, recursive: true); } catch (IOException) { }
    }

    private static async Task<HttpResponseMessage> CommentAsync(HttpClient client, string story, string text)
    {
        var (action, antiforgery, token) = await client.FormTokensAsync(story);
        return await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["Comment.Token"] = token, ["Comment.Comment"] = text,
            ["Comment.Author"] = "Pembaca Setia", ["Comment.Email"] = "setia@pembaca.example",
        }));
    }

    private async Task<string> IntegrityAsync()
    {
        SqliteConnection.ClearAllPools();
        await using var db = new SqliteConnection($"Data Source={Path.Combine(Data, "warta.db")};Mode=ReadOnly");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ReadsStillServeAsync(HttpClient client, string story)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(story)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cari/?q=banjir")).StatusCode); // uncached: reads the index and database
    }

    private static async Task RefusedPlainlyAsync(HttpResponseMessage refused, string typed)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Penyimpanan situs sedang penuh atau tidak dapat ditulisi", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, page.QuerySelector("form.comment-form textarea")?.TextContent.Trim());
        Assert.DoesNotContain("Exception", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFullDisk_RefusesWritesPlainly_KeepsServingReads_AndRecoversWhenSpaceReturns()
    {
        await using var app = await AppProcess.StartAsync(Data, Relaxed);
        using var client = app.Client();
        var story = Html.Parse(await client.GetStringAsync("/")).QuerySelector(".top-story-headline a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.SeeOther, (await CommentAsync(client, story, "Sebelum disk penuh.")).StatusCode);

        var filler = Path.Combine(mount, "pengisi.bin");
        await using (var fill = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            var block = new byte[64 * 1024];
            try { while (true) fill.Write(block); }
            catch (IOException) { }
            block = new byte[512];
            try { while (true) { fill.Write(block); fill.Flush(); } }
            catch (IOException) { }
        }

        const string typed = "Komentar panjang yang ditulis saat disk penuh, jangan sampai hilang.";
        await RefusedPlainlyAsync(await CommentAsync(client, story, typed), typed);
        await ReadsStillServeAsync(client, story);

        File.Delete(filler);
        Assert.Equal(HttpStatusCode.SeeOther, (await CommentAsync(client, story, typed)).StatusCode);
        Assert.Contains(typed, await client.GetStringAsync(story), StringComparison.Ordinal);
        await app.KillAsync();
        Assert.Equal("ok", await IntegrityAsync());
    }

    [Fact]
    public async Task ADataDirectoryTurnedReadOnly_RefusesWritesPlainly_KeepsServingReads_AndLosesNothing()
    {
        // As the kernel does when a disk reports errors (ext4, errors=remount-ro): the file system turns read-only
        // under the running app, its files still open. tmpfs cannot do that, so this one is an ext4 image on a loop device.
        var image = mount + ".img";
        var disk = mount + "-ext4";
        Directory.CreateDirectory(disk);
        await using (var file = File.Create(image)) file.SetLength(96L * 1024 * 1024);
        await RunAsync("mkfs.ext4", "-q", "-F", image);
        await RunAsync("mount", "-o", "loop,errors=remount-ro", image, disk);
        var data = Path.Combine(disk, "data");
        const string before = "Komentar sebelum disk rusak.";
        const string typed = "Komentar yang dikirim saat penyimpanan hanya bisa dibaca.";
        try
        {
            await using (var app = await AppProcess.StartAsync(data, Relaxed))
            {
                using var client = app.Client();
                var story = Html.Parse(await client.GetStringAsync("/")).QuerySelector(".top-story-headline a")!.GetAttribute("href")!;
                Assert.Equal(HttpStatusCode.SeeOther, (await CommentAsync(client, story, before)).StatusCode);

                var device = Path.GetFileName((await OutputOfAsync("findmnt", "-n", "-o", "SOURCE", disk)).Trim());
                await File.WriteAllTextAsync($"/sys/fs/ext4/{device}/trigger_fs_error", "uji: disk dianggap rusak");
                Assert.Contains("emergency_ro", await OutputOfAsync("findmnt", "-n", "-o", "OPTIONS", disk), StringComparison.Ordinal);

                await RefusedPlainlyAsync(await CommentAsync(client, story, typed), typed);
                await ReadsStillServeAsync(client, story);
                Assert.False(app.HasExited);
            }

            // The operator repairs the file system and brings the site back: nothing acknowledged is lost, writes work.
            await RunAsync("umount", disk);
            await RunAsync("sh", "-c", $"e2fsck -fy {image} >/dev/null 2>&1; test $? -le 1");
            await RunAsync("mount", "-o", "loop", image, disk);
            await using (var again = await AppProcess.StartAsync(data, Relaxed))
            {
                using var client = again.Client();
                var story = Html.Parse(await client.GetStringAsync("/")).QuerySelector(".top-story-headline a")!.GetAttribute("href")!;
                try { Assert.Equal(HttpStatusCode.SeeOther, (await CommentAsync(client, story, typed)).StatusCode); }
                catch (HttpRequestException e) { throw new InvalidOperationException(again.Output, e); }
            }
            SqliteConnection.ClearAllPools();
            await using var db = new SqliteConnection($"Data Source={Path.Combine(data, "warta.db")};Mode=ReadOnly");
            await db.OpenAsync();
            await using var command = db.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string)(await command.ExecuteScalarAsync())!);
            command.CommandText = "SELECT Text FROM Comments WHERE Text IN ($a, $b) ORDER BY Id";
            command.Parameters.AddWithValue("$a", before);
            command.Parameters.AddWithValue("$b", typed);
            var stored = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync()) stored.Add(reader.GetString(0));
            Assert.Equal([before, typed], stored); // the acknowledged one kept, the refused one only once sent again
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { await RunAsync("umount", "-l", disk); } catch (InvalidOperationException) { }
            File.Delete(image);
        }
    }

    private static async Task<string> OutputOfAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }
}
