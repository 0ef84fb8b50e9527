using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;

namespace Warta.IntegrationTests.Cluster;

/// <summary>
/// PostgreSQL (the test command's throwaway server), a Redis server of its own, three Warta nodes and nginx in front,
/// all on 127.0.0.1, started with the shipped script (deploy/warta-cluster.sh) as an operator would.
/// </summary>
public sealed class ThreeNodes : IAsyncLifetime
{
    public const int Nodes = 3;
    public const int PostsPerMinute = 5;

    private Process? redis;
    private readonly Dictionary<string, string> environment = [];

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "warta-cluster-" + Guid.NewGuid().ToString("N")[..8]);
    public int FirstPort { get; private set; }
    public int BalancerPort { get; private set; }
    public int RedisPort { get; private set; }
    public string Balancer => $"http://127.0.0.1:{BalancerPort}";
    public string Node(int n) => $"http://127.0.0.1:{FirstPort + n - 1}";
    public const string AdminEmail = "admin@cluster.test";
    public const string AdminPassword = "sandi-klaster-yang-panjang";

    private static string Script => FindUp("deploy/warta-cluster.sh");

    public async Task InitializeAsync()
    {
        if (!TestDatabase.IsPostgres) throw new InvalidOperationException("The cluster test runs on PostgreSQL: set WARTA_TEST_POSTGRES (./test.sh does).");
        System.IO.Directory.CreateDirectory(Directory);
        (FirstPort, BalancerPort, RedisPort) = FreePorts();
        StartRedis();
        foreach (var (key, value) in TestDatabase.SettingsFor(Directory)) environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        environment["Warta__Redis__Configuration"] = $"127.0.0.1:{RedisPort}";
        environment["Warta__Media__Directory"] = Path.Combine(Directory, "media");
        environment["Warta__Import__Directory"] = Path.Combine(Directory, "import");
        environment["Warta__Comments__PostsPerMinute"] = PostsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["Warta__Comments__FloodSeconds"] = "0";
        environment["Warta__Comments__MinSecondsToPost"] = "0";
        environment["Warta__Scheduler__IntervalSeconds"] = "1";
        environment["Warta__Popular__FlushSeconds"] = "1";
        environment["Logging__LogLevel__Default"] = "Warning";

        var (exit, output) = await RunAsync("bash", [Script, "start"], new(environment)
        {
            ["WARTA_DLL"] = Path.Combine(AppContext.BaseDirectory, "Warta.Web.dll"),
            ["WARTA_CLUSTER_DIR"] = Directory,
            ["WARTA_NODES"] = Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WARTA_FIRST_PORT"] = FirstPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WARTA_BALANCER_PORT"] = BalancerPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, TimeSpan.FromMinutes(5));
        if (exit != 0) throw new InvalidOperationException("The cluster did not start:\n" + output + Logs());

        var (added, addOutput) = await CommandAsync(AdminPassword, "user", "add", "--email", AdminEmail, "--name", "Admin Klaster", "--role", "administrator");
        if (added != 0) throw new InvalidOperationException("user add failed:\n" + addOutput);
    }

    public async Task DisposeAsync()
    {
        await RunAsync("bash", [Script, "stop"], new() { ["WARTA_DLL"] = "-", ["WARTA_CLUSTER_DIR"] = Directory }, TimeSpan.FromMinutes(1));
        StopRedis();
        // The nodes' logs outlive the run (artifacts/cluster-logs/), for whoever reads a failure afterwards.
        try
        {
            var keep = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Script)!)!, "artifacts", "cluster-logs");
            System.IO.Directory.CreateDirectory(keep);
            foreach (var log in System.IO.Directory.GetFiles(Directory, "node-*.log")) File.Copy(log, Path.Combine(keep, Path.GetFileName(log)), overwrite: true);
        }
        catch (IOException) { }
        TestDatabase.Drop(Directory);
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>The app's command line with the cluster's settings (its own data directory: commands keep no index).</summary>
    public Task<(int Exit, string Output)> CommandAsync(string? input, params string[] args) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Warta.Web.dll"), .. args], new(environment) { ["Warta__DataDirectory"] = Path.Combine(Directory, "cli") },
            TimeSpan.FromMinutes(3), input);

    /// <summary>The cluster's database, read directly (what was acknowledged must be there).</summary>
    public PostgresWartaDb Database() => new(new DbContextOptionsBuilder<PostgresWartaDb>()
        .UseNpgsql(environment["Warta__Database__ConnectionString"]).Options);

    public int ProcessIdOf(int node) => int.Parse(File.ReadAllText(Path.Combine(Directory, $"node-{node}.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    public void StartRedis()
    {
        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--port", RedisPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", Directory })
            start.ArgumentList.Add(a);
        redis = Process.Start(start)!;
        redis.OutputDataReceived += (_, _) => { };
        redis.ErrorDataReceived += (_, _) => { };
        redis.BeginOutputReadLine();
        redis.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, RedisPort);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline) { Thread.Sleep(50); }
        }
    }

    public void StopRedis()
    {
        if (redis is null) return;
        try { redis.Kill(entireProcessTree: true); redis.WaitForExit(10_000); }
        catch (InvalidOperationException) { }
        redis.Dispose();
        redis = null;
    }

    public string Logs() => string.Concat(System.IO.Directory.GetFiles(Directory, "node-*.log").Order()
        .Select(f => $"\n--- {Path.GetFileName(f)}\n" + string.Join('\n', File.ReadLines(f).TakeLast(40))));

    private static (int First, int Balancer, int Redis) FreePorts()
    {
        // Nodes take consecutive ports (the script numbers them from the first): find a run of free ones.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var first = Random.Shared.Next(20_000, 60_000);
            var ports = Enumerable.Range(first, Nodes + 2).ToList();
            if (ports.All(IsFree)) return (first, first + Nodes, first + Nodes + 1);
        }
        throw new InvalidOperationException("No free run of ports on 127.0.0.1.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException) { return false; }
    }

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relative))) return Path.Combine(dir.FullName, relative);
        throw new FileNotFoundException(relative);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, string[] args, Dictionary<string, string> env, TimeSpan timeout, string? input = null)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in env) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        if (input is not null) await process.StandardInput.WriteLineAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output + await errors);
    }
}
