using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Warta.IntegrationTests.Faults;

/// <summary>
/// kill -9 in the middle of a mixed write load (comments, new stories, edits, uploads, and a WordPress import in a
/// process of its own, killed with it): after a restart every acknowledged write is there, the import is all or
/// nothing, and SQLite's integrity check passes.
/// </summary>
[Trait("Provider", TestDatabase.SqliteOnly)] // SQLite's durability settings and its integrity check
public class CrashTests
{
    private const int ImportedPosts = 400;

    private static readonly Dictionary<string, string> Relaxed = new()
    {
        ["Warta:Comments:MinSecondsToPost"] = "0", ["Warta:Comments:FloodSeconds"] = "0", ["Warta:Comments:PostsPerMinute"] = "1000000",
    };

    private static string Export()
    {
        var xml = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><wp:wxr_version>1.2</wp:wxr_version>
            """);
        for (var i = 0; i < ImportedPosts; i++)
            xml.Append(CultureInfo.InvariantCulture, $"""
                <item><title>Arsip lama nomor {i}</title><content:encoded><![CDATA[<p>Isi arsip lama {i} dari situs WordPress.</p>]]></content:encoded>
                <wp:post_id>{900_000 + i}</wp:post_id><wp:post_name>arsip-lama-{i}</wp:post_name><wp:post_date_gmt>2023-05-{(i % 28) + 1:D2} 03:04:05</wp:post_date_gmt>
                <wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
                """);
        return xml.Append("</channel></rss>").ToString();
    }

    private static async Task<(string Action, Dictionary<string, string> Fields)> EditorFormAsync(HttpClient client, string url)
    {
        var page = Html.Parse(await client.GetStringAsync(url));
        var form = page.QuerySelector("#editor")!;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Form.SectionId"] = form.QuerySelector("select[name='Form.SectionId'] option:not([value='0'])")!.GetAttribute("value")!,
            ["Form.Language"] = "id",
            ["Form.Version"] = form.QuerySelector("input[name='Form.Version']")?.GetAttribute("value") ?? "0",
        };
        return (form.GetAttribute("action")!, fields);
    }

    [Fact]
    public async Task AKillDuringMixedWrites_LosesNoAcknowledgedWrite_AndLeavesAnIntactDatabase()
    {
        var directory = Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
        var app = await AppProcess.StartAsync(directory, Relaxed); // first start: the demo site
        var (exit, _, errors) = await AppCommand.RunAsync("sandi-admin-uji-tabrakan", "user", "add", "--email", "admin@redaksi.test", "--name", "Admin Uji",
            "--role", "administrator", $"--Warta:DataDirectory={directory}");
        Assert.True(exit == 0, errors);
        var comments = new ConcurrentBag<string>();
        var stories = new ConcurrentBag<string>();
        var uploads = new ConcurrentBag<string>();
        var edits = new List<string>();
        var lastAcknowledgedEdit = -1;
        Process? import = null;
        try
        {
            using var reader = app.Client();
            using var admin = app.Client();
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync("admin@redaksi.test", "sandi-admin-uji-tabrakan")).StatusCode);
            var storyUrl = Html.Parse(await reader.GetStringAsync("/")).QuerySelector(".top-story-headline a")!.GetAttribute("href")!;
            var (newAction, newFields) = await EditorFormAsync(admin, "/newsroom/artikel/tulis/");
            newFields["Form.Headline"] = "Berita yang akan disunting terus";
            newFields["Form.Body"] = "Versi awal.";
            newFields["act"] = "Publish";
            var created = await admin.PostAsync(newAction, new FormUrlEncodedContent(newFields));
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            var editUrl = created.Headers.Location!.ToString().Split('?')[0];

            var exportFile = Path.Combine(directory, "arsip.xml");
            await File.WriteAllTextAsync(exportFile, Export());
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Warta.Web.dll"), "import", "wordpress", exportFile, "--no-fetch", $"--Warta:DataDirectory={directory}" })
                start.ArgumentList.Add(a);
            start.Environment["Logging__LogLevel__Default"] = "Warning";

            using var stop = new CancellationTokenSource();
            var failures = new ConcurrentBag<string>();
            async Task Loop(Func<int, Task> step)
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    try { await step(i); }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        if (app.HasExited) return; // the server is gone
                        failures.Add(e.Message + " " + e.InnerException?.Message); // a slow or refused answer while it runs: try again
                    }
                }
            }

            var writers = new List<Task>
            {
                Loop(async i =>
                {
                    var (action, antiforgery, token) = await reader.FormTokensAsync(storyUrl);
                    var text = $"Komentar saat mati mendadak {i}";
                    var response = await reader.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = antiforgery, ["Comment.Token"] = token, ["Comment.Comment"] = text,
                        ["Comment.Author"] = "Pembaca Uji", ["Comment.Email"] = $"uji{i}@pembaca.example",
                    }));
                    if (response.StatusCode == HttpStatusCode.SeeOther) comments.Add(text);
                    else failures.Add($"comment answered {(int)response.StatusCode}");
                }),
                Loop(async i =>
                {
                    var (action, fields) = await EditorFormAsync(admin, "/newsroom/artikel/tulis/");
                    var headline = $"Berita kilat nomor {i} {Guid.NewGuid():N}";
                    fields["Form.Headline"] = headline;
                    fields["Form.Body"] = "Isi berita kilat.";
                    fields["act"] = "Publish";
                    if ((await admin.PostAsync(action, new FormUrlEncodedContent(fields))).StatusCode == HttpStatusCode.Redirect) stories.Add(headline);
                }),
                Loop(async i =>
                {
                    var (action, fields) = await EditorFormAsync(admin, editUrl);
                    fields["Form.Headline"] = "Berita yang akan disunting terus";
                    fields["Form.Body"] = $"Versi ke-{i}.";
                    fields["act"] = "Save";
                    lock (edits) edits.Add(fields["Form.Body"]);
                    if ((await admin.PostAsync(action, new FormUrlEncodedContent(fields))).StatusCode == HttpStatusCode.Redirect)
                        lock (edits) lastAcknowledgedEdit = i;
                }),
                Loop(async i =>
                {
                    var token = Html.Parse(await admin.GetStringAsync("/newsroom/media/")).QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
                    using var image = (NetVips.Image.Black(600, 400, bands: 3) + new double[] { i % 255, 90, 40 }).Cast(NetVips.Enums.BandFormat.Uchar);
                    var name = $"foto-kilat-{i}.jpg";
                    using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("Foto kilat"), "Alt" } };
                    content.Add(new ByteArrayContent(image.WriteToBuffer(".jpg")), "file", name);
                    var response = await admin.PostAsync("/newsroom/media/?handler=Upload", content);
                    if (Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".nr-ok")?.TextContent.Contains("sudah diunggah", StringComparison.Ordinal) == true)
                        uploads.Add(name);
                }),
            };
            // The writers go first: once the import's one transaction holds SQLite's write lock, the site's writes wait
            // for it (as they would in production), and the kill finds them waiting, unanswered.
            await Task.Delay(TimeSpan.FromSeconds(2));
            import = Process.Start(start)!;
            import.OutputDataReceived += (_, _) => { };
            import.ErrorDataReceived += (_, _) => { };
            import.BeginOutputReadLine();
            import.BeginErrorReadLine();

            await Task.Delay(TimeSpan.FromSeconds(3));
            await app.KillAsync(); // SIGKILL: no graceful shutdown, no flush
            if (!import.HasExited) import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
            stop.Cancel();
            await Task.WhenAll(writers);
            Assert.True(!comments.IsEmpty && !stories.IsEmpty && !uploads.IsEmpty && lastAcknowledgedEdit >= 1,
                $"too little was answered before the kill: {comments.Count} comments, {stories.Count} stories, {uploads.Count} uploads, edit {lastAcknowledgedEdit}; failures: {string.Join(" | ", failures.Distinct().Take(5))}");

            await app.DisposeAsync();
            app = await AppProcess.StartAsync(directory, Relaxed);
            using var after = app.Client();
            Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/")).StatusCode);

            SqliteConnection.ClearAllPools();
            await using var db = new SqliteConnection($"Data Source={Path.Combine(directory, "warta.db")};Mode=ReadOnly");
            await db.OpenAsync();
            async Task<HashSet<string>> Strings(string sql)
            {
                await using var command = db.CreateCommand();
                command.CommandText = sql;
                var found = new HashSet<string>(StringComparer.Ordinal);
                await using var rows = await command.ExecuteReaderAsync();
                while (await rows.ReadAsync()) if (!rows.IsDBNull(0)) found.Add(rows.GetString(0));
                return found;
            }

            Assert.Equal(["ok"], await Strings("PRAGMA integrity_check"));
            var storedComments = await Strings("SELECT Text FROM Comments");
            Assert.DoesNotContain(comments, c => !storedComments.Contains(c));
            var published = await Strings("SELECT Headline FROM Articles WHERE Status = 3 /* Published */");
            Assert.DoesNotContain(stories, s => !published.Contains(s));
            var body = (await Strings("SELECT Body FROM Articles WHERE Headline = 'Berita yang akan disunting terus'")).Single();
            Assert.Contains(body, edits.Skip(lastAcknowledgedEdit)); // the last answered edit, or one sent after it
            var media = await Strings("SELECT OriginalName || '|' || Url FROM MediaItems");
            foreach (var name in uploads)
            {
                var row = media.SingleOrDefault(m => m.StartsWith(name + "|", StringComparison.Ordinal));
                Assert.True(row is not null, $"{name} was answered but is not in the library");
                Assert.True(File.Exists(Path.Combine(directory, "media", row![(row.IndexOf('|') + "/media/".Length + 1)..])), $"{name}'s file is missing");
            }
            var imported = (await Strings("SELECT CAST(COUNT(*) AS TEXT) FROM Articles WHERE WordPressId >= 900000")).Single();
            Assert.Contains(imported, new[] { "0", ImportedPosts.ToString(CultureInfo.InvariantCulture) }); // all or nothing
        }
        finally
        {
            if (import is { HasExited: false }) import.Kill(entireProcessTree: true);
            import?.Dispose();
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
