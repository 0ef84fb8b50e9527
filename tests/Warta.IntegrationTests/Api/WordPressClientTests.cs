using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Warta.IntegrationTests.Api;

/// <summary>
/// A WordPress client library from npm (node-wpapi, installed by the test command into tests/clients/wordpress)
/// drives the API of the app running as an operator runs it: discovery from the site's address, pages from the Link
/// header, <c>_embed</c>, then an application password made on the account page to write, edit and trash a draft.
/// </summary>
public class WordPressClientTests
{
    private static string Checker()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Warta.slnx"))) directory = directory.Parent;
        var client = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("No Warta.slnx above the test binaries."), "tests", "clients", "wordpress");
        Assert.True(Directory.Exists(Path.Combine(client, "node_modules", "wpapi")),
            $"node-wpapi is not installed in {client}: ./test.sh installs it (npm ci --prefix tests/clients/wordpress).");
        return client;
    }

    [Fact]
    public async Task NodeWpapi_Discovers_Pages_Embeds_AndWritesWithAnApplicationPassword()
    {
        var checker = Checker();
        var directory = Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
        await using var site = await AppProcess.StartAsync(directory); // first start writes the demo site
        var (exit, _, errors) = await AppCommand.RunAsync("sandi-editor-klien-wp", "user", "add", "--email", "editor-klien@redaksi.test",
            "--name", "Editor Klien", "--role", "editor", $"--Warta:DataDirectory={directory}");
        Assert.True(exit == 0, errors);
        using var staff = site.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SignInAsync("editor-klien@redaksi.test", "sandi-editor-klien-wp")).StatusCode);
        var made = await staff.PostFormAsync("/newsroom/akun/aplikasi/", new() { ["Name"] = "node-wpapi" }, "form[action*='handler=Create']");
        var password = Html.Parse(await made.Content.ReadAsStringAsync()).QuerySelector("code.app-password")!.TextContent;

        var start = new ProcessStartInfo("node") { WorkingDirectory = checker, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "check.mjs", site.BaseAddress + "", "editor-klien@redaksi.test", password }) start.ArgumentList.Add(argument);
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var failure = node.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2))) await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"node check.mjs: {await failure}\n{site.Output}");

        var seen = JsonDocument.Parse(await output).RootElement;
        Assert.Equal(site.BaseAddress + "wp-json/", seen.GetProperty("endpoint").GetString());
        var total = seen.GetProperty("total").GetInt32();
        Assert.True(total >= 3, $"{total} stories");
        Assert.Equal((total + 1) / 2, seen.GetProperty("totalPages").GetInt32());
        var first = seen.GetProperty("firstPage").EnumerateArray().Select(i => i.GetInt32()).ToList();
        var second = seen.GetProperty("secondPage").EnumerateArray().Select(i => i.GetInt32()).ToList();
        Assert.Equal(2, first.Count);
        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
        Assert.False(string.IsNullOrEmpty(seen.GetProperty("embeddedAuthor").GetString()));
        Assert.Contains("category", seen.GetProperty("embeddedTerms").EnumerateArray().Select(t => t.GetString()));
        Assert.NotEmpty(seen.GetProperty("categories").EnumerateArray());
        Assert.Equal(["editor"], seen.GetProperty("me").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("draft", seen.GetProperty("created").GetProperty("status").GetString());
        Assert.Equal("Diubah lewat klien WordPress", seen.GetProperty("updatedTitle").GetString());
        Assert.Contains("Isi dari wpapi", seen.GetProperty("editRaw").GetString(), StringComparison.Ordinal);
        Assert.Equal("rest_post_invalid_id", seen.GetProperty("anonymousSeesDraft").GetString());
        Assert.Equal("trash", seen.GetProperty("trashed").GetString());
    }
}
