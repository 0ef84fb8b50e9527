using Warta.Web.Hosting;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Cli;

/// <summary><c>user add</c>: the first administrator (and any other account) without a default password.</summary>
public static class UserCommands
{
    public static async Task<int> AddAsync(string[] settings, string email, string name, string role)
    {
        await using var app = CommandLine.Build(settings);
        await app.PrepareAsync();
        var password = ReadPassword();
        await using var scope = app.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<AddStaffMember>().RunAsync(email, name, role, password, (null, "command line"));
        foreach (var problem in problems) await Console.Error.WriteLineAsync(problem);
        if (problems.Count > 0) return 1;
        Console.WriteLine($"{name} <{email}> ({role})");
        return 0;
    }

    /// <summary>The password comes from standard input (one line) so scripts can pipe it; at a terminal it is not echoed.</summary>
    private static string ReadPassword()
    {
        if (Console.IsInputRedirected) return Console.In.ReadLine() ?? "";
        Console.Write("Password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (password.Length > 0) password.Length--; }
            else if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }
        Console.WriteLine();
        return password.ToString();
    }
}
