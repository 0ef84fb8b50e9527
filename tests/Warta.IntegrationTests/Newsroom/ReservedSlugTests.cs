using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.StaticPages;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>The slugs a page may not take come from the route table: a route added tomorrow is reserved tomorrow.</summary>
public class ReservedSlugTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Theory]
    [InlineData("rubrik")]
    [InlineData("tag")]
    [InlineData("penulis")]
    [InlineData("cari")]
    [InlineData("feed")]
    [InlineData("komentar")]
    [InlineData("newsroom")]
    [InlineData("sitemap")]
    [InlineData("healthz")]
    [InlineData("css")]
    [InlineData("media")]
    public void TheSitesOwnFirstSegments_AreReserved(string slug)
    {
        app.CreateClient();

        Assert.True(app.Services.GetRequiredService<ReservedSlugs>().Contains(slug));
    }

    [Fact]
    public async Task APageCalledKomentar_IsRefused_LikeEveryRouteOfTheSite()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);

        var refused = await editor.PostFormAsync("/newsroom/halaman/tulis/", new() { ["PageTitle"] = "Komentar", ["Slug"] = "komentar", ["Body"] = "x", ["Published"] = "true" }, "#page-editor");

        Assert.Contains("tidak dapat dipakai halaman", Html.Parse(await refused.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
        Assert.False(app.Services.GetRequiredService<ReservedSlugs>().Contains("tentang-kami"));
    }
}
