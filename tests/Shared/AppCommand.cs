using System.Diagnostics;

namespace Warta.Testing;

/// <summary>Runs the app's own command line (<c>dotnet Warta.Web.dll …</c>) as a newcomer would, with optional standard input.</summary>
public static class AppCommand
{
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Warta.Web.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (args.FirstOrDefault(a => a.StartsWith("--Warta:DataDirectory=", StringComparison.Ordinal)) is { } data)
            foreach (var (key, value) in TestDatabase.SettingsFor(data["--Warta:DataDirectory=".Length..]))
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        using var process = Process.Start(start)!;
        if (input is not null) await process.StandardInput.WriteLineAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
