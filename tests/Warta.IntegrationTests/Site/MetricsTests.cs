using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Warta.IntegrationTests.Site;

/// <summary>
/// /metrics for a scraper, on the node's own metrics port only: a real process listening on two ports, as an operator
/// runs it (Warta:Metrics:Port in --urls).
/// </summary>
public class MetricsTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Metrics_AnswerOnTheirOwnPort_WithRequestsAndTheCache_AndNowhereElse()
    {
        var directory = Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
        var (site, metrics) = (FreePort(), FreePort());
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Warta.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{site};http://127.0.0.1:{metrics}");
        start.Environment["Warta__DataDirectory"] = directory;
        start.Environment["Warta__Metrics__Port"] = metrics.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in TestDatabase.SettingsFor(directory)) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            for (var i = 0; ; i++)
            {
                try
                {
                    if ((await client.GetAsync($"http://127.0.0.1:{site}/readyz")).StatusCode is HttpStatusCode.OK) break;
                }
                catch (HttpRequestException) when (i < 600) { }
                if (i >= 600) throw new TimeoutException("The site did not become ready.");
                await Task.Delay(100);
            }
            for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"http://127.0.0.1:{site}/")).StatusCode);

            var text = await client.GetStringAsync($"http://127.0.0.1:{metrics}/metrics");

            Assert.Contains("warta_cache_hits", text, StringComparison.Ordinal);
            Assert.Contains("warta_cache_misses", text, StringComparison.Ordinal);
            Assert.Contains("http_server_request_duration", text, StringComparison.Ordinal);
            // A reader's port, whatever Host header it is sent, never answers with metrics.
            using var spoofed = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{site}/metrics");
            spoofed.Headers.Host = $"127.0.0.1:{metrics}";
            var reader = await client.SendAsync(spoofed);
            Assert.DoesNotContain("warta_cache", await reader.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            TestDatabase.Drop(directory);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
