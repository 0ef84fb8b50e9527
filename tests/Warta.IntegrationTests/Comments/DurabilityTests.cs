using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace Warta.IntegrationTests.Comments;

/// <summary>
/// "An acknowledged comment is on disk": the real app in its own process takes a burst of comments, is killed
/// hard (SIGKILL, no shutdown), and after a restart every comment whose POST had been answered is there.
/// </summary>
[Trait("Provider", TestDatabase.SqliteOnly)] // SQLite's own durability settings (synchronous=FULL, WAL)
public class DurabilityTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Process Start(string directory, int port)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Warta.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Warta__DataDirectory"] = directory;
        start.Environment["Warta__Comments__MinSecondsToPost"] = "0";
        start.Environment["Warta__Comments__FloodSeconds"] = "0";
        start.Environment["Warta__Comments__PostsPerMinute"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUpAsync(HttpClient client)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("The app did not start.");
    }

    [Fact]
    public async Task EveryAnsweredComment_SurvivesAKill()
    {
        var directory = Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
        var port = FreePort();
        var app = Start(directory, port);
        var acknowledged = new ConcurrentBag<string>();
        try
        {
            using var handler = new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false };
            using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilUpAsync(client);
            var home = Html.Parse(await client.GetStringAsync("/"));
            var articleUrl = home.QuerySelector(".top-story-headline a")!.GetAttribute("href")!;
            var (action, antiforgery, token) = await client.FormTokensAsync(articleUrl);

            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var text = $"Komentar tahan banting {w}-{i}";
                    try
                    {
                        var response = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
                        {
                            ["__RequestVerificationToken"] = antiforgery, ["Comment.Token"] = token, ["Comment.Comment"] = text,
                            ["Comment.Author"] = $"Penulis {w}", ["Comment.Email"] = $"p{w}-{i}@pembaca.example",
                        }));
                        if (response.StatusCode == HttpStatusCode.SeeOther) acknowledged.Add(text);
                    }
                    catch (HttpRequestException) { return; } // the server is gone
                }
            })).ToArray();

            await Task.Delay(TimeSpan.FromSeconds(2));
            app.Kill(entireProcessTree: true);   // SIGKILL: no graceful shutdown, no flush
            await app.WaitForExitAsync();
            stop.Cancel();
            await Task.WhenAll(writers);
            Assert.True(acknowledged.Count >= 10, $"only {acknowledged.Count} comments were answered before the kill");

            app = Start(directory, port);
            await WaitUntilUpAsync(client);
            SqliteConnection.ClearAllPools();
            await using var db = new SqliteConnection($"Data Source={Path.Combine(directory, "warta.db")};Mode=ReadOnly");
            await db.OpenAsync();
            await using var command = db.CreateCommand();
            command.CommandText = "SELECT Text FROM Comments";
            var stored = new HashSet<string>(StringComparer.Ordinal);
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync()) if (!reader.IsDBNull(0)) stored.Add(reader.GetString(0));

            var lost = acknowledged.Where(t => !stored.Contains(t)).ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} answered comments were lost, e.g. {lost.FirstOrDefault()}");
        }
        finally
        {
            if (!app.HasExited) app.Kill(entireProcessTree: true);
            app.Dispose();
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
