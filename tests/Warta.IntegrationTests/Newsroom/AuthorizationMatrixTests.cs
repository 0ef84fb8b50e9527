using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Newsroom.Accounts;
using static Warta.Web.Newsroom.Accounts.NewsroomRoles;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>
/// Every back-office page, every role and anonymous: each gets exactly what the roles table says. A page added to
/// the Newsroom area without a row here fails the first test, so nothing slips through unchecked.
/// </summary>
public class AuthorizationMatrixTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static readonly string[] Everyone = [Administrator, Editor, Author, Contributor, Moderator];

    /// <summary>Route → the roles allowed to open it (WordPress's meaning, plus Moderator).</summary>
    private static readonly string[] Writers = [Administrator, Editor, Author, Contributor];

    private static readonly Dictionary<string, string[]> Table = new()
    {
        ["newsroom"] = Everyone,
        ["newsroom/akun/sandi"] = Everyone,
        ["newsroom/akun/aplikasi"] = Everyone,
        ["newsroom/akun/dua-langkah"] = Everyone,
        ["newsroom/pengguna"] = [Administrator],
        ["newsroom/audit"] = [Administrator, Editor],
        ["newsroom/artikel"] = Writers,
        ["newsroom/artikel/tulis/{id:int?}"] = Writers,
        ["newsroom/artikel/pratinjau"] = Writers,
        ["newsroom/artikel/tulis/{id:int}/revisi"] = Writers,
        // Live coverage: whoever may publish the story (contributors may not).
        ["newsroom/artikel/tulis/{id:int}/langsung"] = [Administrator, Editor, Author],
        ["newsroom/pengaturan"] = [Administrator],
        ["newsroom/rubrik"] = [Administrator, Editor],
        ["newsroom/tag"] = [Administrator, Editor],
        ["newsroom/profil"] = Everyone,
        ["newsroom/media"] = [Administrator, Editor, Author],
        ["newsroom/media/{id:int}"] = [Administrator, Editor, Author],
        ["newsroom/media/pilih"] = Writers,
        ["newsroom/kalender"] = Writers,
        ["newsroom/pencarian"] = [Administrator, Editor],
        ["newsroom/halaman"] = [Administrator, Editor],
        ["newsroom/halaman/tulis/{id:int?}"] = [Administrator, Editor],
        ["newsroom/menu"] = [Administrator],
        ["newsroom/komentar"] = [Administrator, Editor, Moderator],
        ["newsroom/komentar/privasi"] = [Administrator, Editor],
        ["newsroom/impor"] = [Administrator],
        ["newsroom/beranda"] = [Administrator, Editor],
    };

    // Pages about one article are asked for an id that does not exist: passing the capability check then means 404.
    private static string PathOf(string route) =>
        "/" + route.Replace("/{id:int?}", "", StringComparison.Ordinal).Replace("{id:int}", "999999", StringComparison.Ordinal) + "/";

    /// <summary>Open to anyone: signing in, the second step, the refusal page; signing out only takes POST.</summary>
    private static readonly string[] Public = ["newsroom/masuk", "newsroom/kode", "newsroom/ditolak", "newsroom/keluar", "newsroom/lupa-sandi", "newsroom/akun/atur-sandi"];

    private List<string> NewsroomRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.AreaName == "Newsroom")
            .Select(e => e.RoutePattern.RawText!.Trim('/'))
            .Distinct().ToList();

    [Fact]
    public void EveryNewsroomPage_IsInTheTable()
    {
        var routes = NewsroomRoutes();

        Assert.NotEmpty(routes);
        Assert.Empty(routes.Except(Table.Keys).Except(Public));
        Assert.Empty(Table.Keys.Except(routes));
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn_FromEveryProtectedPage()
    {
        var client = app.CreateReader();
        foreach (var route in Table.Keys)
        {
            var response = await client.GetAsync(PathOf(route));
            if (route == "newsroom/artikel/pratinjau")
            {
                // The preview frame is never sent to sign in (its sign-in page would spoil the writer's own form): 401.
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                continue;
            }
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/newsroom/masuk/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Administrator)]
    [InlineData(Editor)]
    [InlineData(Author)]
    [InlineData(Contributor)]
    [InlineData(Moderator)]
    public async Task EachRole_GetsExactlyWhatTheTableSays(string role)
    {
        var client = await app.CreateClientAsAsync(role);
        foreach (var (route, allowed) in Table)
        {
            var response = await client.GetAsync(PathOf(route));
            if (allowed.Contains(role))
            {
                var expected = route.Contains("{id:int}", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK;
                Assert.True(response.StatusCode == expected, $"{role} should open /{route}/ but got {(int)response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} should be refused /{route}/ but got {(int)response.StatusCode}");
                Assert.StartsWith("http://localhost/newsroom/ditolak/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void TheCapabilityTable_MatchesWordPressRoles()
    {
        Assert.Contains(Capability.ManageUsers, Capabilities.Of(Administrator));
        Assert.DoesNotContain(Capability.ManageUsers, Capabilities.Of(Editor));
        Assert.Contains(Capability.EditOthers, Capabilities.Of(Editor));
        Assert.Contains(Capability.PublishOwn, Capabilities.Of(Author));
        Assert.DoesNotContain(Capability.EditOthers, Capabilities.Of(Author));
        Assert.DoesNotContain(Capability.PublishOwn, Capabilities.Of(Contributor));
        Assert.DoesNotContain(Capability.UploadMedia, Capabilities.Of(Contributor));
        Assert.Equal([Capability.EnterNewsroom, Capability.ModerateComments], Capabilities.Of(Moderator));
    }
}
