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
}
