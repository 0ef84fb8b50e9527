using System.Net;

namespace Warta.IntegrationTests.Site;

public class HealthTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task Healthz_OnceStarted_Answers200()
    {
        var response = await app.CreateReader().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_SaysTheDatabaseIsMigrated_AndSearchHasCaughtUp()
    {
        await app.WaitForSearchAsync();

        var response = await app.CreateReader().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal(["database", "redis", "search"], checks.EnumerateObject().Select(c => c.Name).Order());
        Assert.All(checks.EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetProperty("status").GetString()));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Readyz_AnswersUnavailable_WhileTheDatabaseDoesNot()
    {
        using var broken = new WartaApp();
        var client = broken.CreateReader();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        // The database goes away under the running node (PostgreSQL: dropped; SQLite: its file removed).
        TestDatabase.Drop(broken.DataDirectory);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(broken.DataDirectory, "warta.db*")) File.Delete(file);
        var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("database", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FaviconIco_LeadsToTheSitesIcon_NeverA404()
    {
        var client = app.CreateReader();

        var response = await client.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(response.Headers.Location!.ToString())).StatusCode);
    }
}
