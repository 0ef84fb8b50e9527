using System.Net;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Api;

/// <summary>Sections written through <c>/wp/v2/categories</c>: the sections page's checks and words, for those who manage them.</summary>
public class WordPressCategoryWriteTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task AnEditor_CreatesAndRenamesASection_WithTheSectionsPagesChecks()
    {
        var editor = await app.ApiClientAsync(NewsroomRoles.Editor);
        var slug = $"liputan-{Guid.NewGuid():N}"[..20];

        var (created, section) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/categories", new { name = "Liputan Khusus", slug, description = "Laporan mendalam." });
        Assert.Equal(HttpStatusCode.Created, created);
        var id = section.GetProperty("id").GetInt32();
        Assert.Equal("Laporan mendalam.", section.GetProperty("description").GetString());
        var (_, list) = await app.CreateReader().SendJsonAsync(HttpMethod.Get, "/wp-json/wp/v2/categories?per_page=100");
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("slug").GetString() == slug);

        var (taken, problem) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/categories", new { name = "Lain", slug });
        Assert.Equal(HttpStatusCode.BadRequest, taken);
        Assert.Contains(slug, problem.GetProperty("data").GetProperty("params").GetProperty("slug").GetString(), StringComparison.Ordinal);

        var (renamed, after) = await editor.SendJsonAsync(HttpMethod.Patch, $"/wp-json/wp/v2/categories/{id}", new { name = "Liputan Mendalam" });
        Assert.Equal(HttpStatusCode.OK, renamed);
        Assert.Equal(("Liputan Mendalam", slug), (after.GetProperty("name").GetString(), after.GetProperty("slug").GetString()));

        var (child, below) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/categories", new { name = "Sub liputan", parent = id });
        Assert.Equal(HttpStatusCode.Created, child);
        var (loop, cycle) = await editor.SendJsonAsync(HttpMethod.Put, $"/wp-json/wp/v2/categories/{id}", new { parent = below.GetProperty("id").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, loop);
        Assert.True(cycle.GetProperty("data").GetProperty("params").TryGetProperty("parent", out _));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(NewsroomRoles.Moderator, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Contributor, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Author, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Editor, HttpStatusCode.Created)]
    [InlineData(NewsroomRoles.Administrator, HttpStatusCode.Created)]
    public async Task CreatingASection_IsForThoseWhoManageSections(string? role, HttpStatusCode expected)
    {
        var client = await app.ApiClientAsync(role);
        var (status, json) = await client.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/categories", new { name = $"Rubrik {Guid.NewGuid():N}"[..20] });
        Assert.True(expected == status, $"{role ?? "anonymous"}: {(int)status} {json}");
    }
}
