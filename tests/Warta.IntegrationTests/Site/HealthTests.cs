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
    public async Task FaviconIco_LeadsToTheSitesIcon_NeverA404()
    {
        var client = app.CreateReader();

        var response = await client.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(response.Headers.Location!.ToString())).StatusCode);
    }
}
