using System.Net;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>The first administrator, made as README says: <c>user add</c> with the password on standard input.</summary>
public class UserCommandTests
{
    private static Task<(int Exit, string Output, string Errors)> RunAsync(string directory, string input, params string[] args) =>
        AppCommand.RunAsync(input, [.. args, $"--Warta:DataDirectory={directory}"]);

    [Fact]
    public async Task UserAdd_CreatesTheFirstAdministrator_WhoCanSignIn()
    {
        var directory = Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output, errors) = await RunAsync(directory, "sandi-admin-pertama-kali",
                "user", "add", "--email", "admin@redaksi.test", "--name", "Admin Redaksi", "--role", "administrator");
            Assert.True(exit == 0, errors);
            Assert.Contains("Admin Redaksi <admin@redaksi.test> (administrator)", output, StringComparison.Ordinal);

            var (badExit, _, badErrors) = await RunAsync(directory, "pendek", "user", "add", "--email", "dua@redaksi.test", "--name", "Dua", "--role", "penguasa");
            Assert.Equal(1, badExit);
            Assert.Contains("Peran \"penguasa\" tidak dikenal", badErrors, StringComparison.Ordinal);

            var (shortExit, _, shortErrors) = await RunAsync(directory, "pendek", "user", "add", "--email", "tiga@redaksi.test", "--name", "Tiga", "--role", "editor");
            Assert.Equal(1, shortExit);
            Assert.Contains("Kata sandi minimal 10 karakter.", shortErrors, StringComparison.Ordinal);

            using var app = new DemoSiteApp(directory);
            var client = app.CreateReader();
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("admin@redaksi.test", "sandi-admin-pertama-kali")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom/pengguna/")).StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }
}
