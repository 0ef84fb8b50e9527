using System.Net;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Api;

/// <summary><c>context=edit</c> on every collection: answered only to those the back office lets edit what it lists.</summary>
public class WordPressEditContextTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Theory]
    [InlineData("/wp-json/wp/v2/posts", null, HttpStatusCode.Unauthorized)]
    [InlineData("/wp-json/wp/v2/posts", NewsroomRoles.Moderator, HttpStatusCode.Forbidden)]
    [InlineData("/wp-json/wp/v2/posts", NewsroomRoles.Contributor, HttpStatusCode.OK)]
    [InlineData("/wp-json/wp/v2/pages", null, HttpStatusCode.Unauthorized)]
    [InlineData("/wp-json/wp/v2/pages", NewsroomRoles.Author, HttpStatusCode.Forbidden)]
    [InlineData("/wp-json/wp/v2/pages", NewsroomRoles.Editor, HttpStatusCode.OK)]
    [InlineData("/wp-json/wp/v2/categories", null, HttpStatusCode.Unauthorized)]
    [InlineData("/wp-json/wp/v2/tags", NewsroomRoles.Author, HttpStatusCode.Forbidden)]
    [InlineData("/wp-json/wp/v2/tags", NewsroomRoles.Editor, HttpStatusCode.OK)]
    [InlineData("/wp-json/wp/v2/users", NewsroomRoles.Editor, HttpStatusCode.Forbidden)]
    [InlineData("/wp-json/wp/v2/users", NewsroomRoles.Administrator, HttpStatusCode.OK)]
    [InlineData("/wp-json/wp/v2/comments", null, HttpStatusCode.Unauthorized)]
    [InlineData("/wp-json/wp/v2/comments", NewsroomRoles.Author, HttpStatusCode.Forbidden)]
    [InlineData("/wp-json/wp/v2/comments", NewsroomRoles.Moderator, HttpStatusCode.OK)]
    [InlineData("/wp-json/wp/v2/media", null, HttpStatusCode.Unauthorized)]
    [InlineData("/wp-json/wp/v2/media", NewsroomRoles.Contributor, HttpStatusCode.Forbidden)]
    [InlineData("/wp-json/wp/v2/media", NewsroomRoles.Author, HttpStatusCode.OK)]
    public async Task EditContext_IsForThoseWhoMayEdit(string route, string? role, HttpStatusCode expected)
    {
        var client = await app.ApiClientAsync(role);
        var (status, json) = await client.SendJsonAsync(HttpMethod.Get, route + "?context=edit");
        Assert.True(expected == status, $"{route} as {role ?? "anonymous"}: {(int)status} {json}");
        if (status != HttpStatusCode.OK) Assert.Equal("rest_forbidden_context", json.GetProperty("code").GetString());
        // The view context stays open to everyone.
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().GetAsync(route)).StatusCode);
    }
}
