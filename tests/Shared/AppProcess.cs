using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Warta.Testing;

/// <summary>
/// The published app in a process of its own on a loopback port, as an operator runs it: for tests that kill it,
/// starve its disk or restore its data underneath it. Its output is kept for the failure message.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private AppProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }
    public Uri BaseAddress { get; }
    public string Output => string.Join('\n', output.TakeLast(200));
    public bool HasExited => process.HasExited;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the app on <paramref name="dataDirectory"/> and waits for /healthz.</summary>
    public static async Task<AppProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null, int? port = null)
    {
        var chosen = port ?? FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Warta.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{chosen}");
        start.Environment["Warta__DataDirectory"] = dataDirectory;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in TestDatabase.SettingsFor(dataDirectory)) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var app = new AppProcess(Process.Start(start)!, chosen);
        app.process.OutputDataReceived += (_, e) => { if (e.Data is { } line) app.output.Enqueue(line); };
        app.process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) app.output.Enqueue(line); };
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        await app.WaitUntilUpAsync();
        return app;
    }

    public HttpClient Client(bool cookies = true) =>
        new(new HttpClientHandler { UseCookies = cookies, AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    private async Task WaitUntilUpAsync()
    {
        using var client = Client(cookies: false);
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with {process.ExitCode}:\n{Output}");
            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The app did not start:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a power cut or the OOM killer.</summary>
    public async Task KillAsync()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }
}
