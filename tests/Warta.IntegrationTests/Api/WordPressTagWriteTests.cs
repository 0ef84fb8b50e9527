using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Api;

/// <summary>Tags and section deletion through <c>/wp/v2/tags</c> and <c>/wp/v2/categories</c>: the tags and sections pages' rules.</summary>
public class WordPressTagWriteTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task AnEditor_CreatesRenamesAndDeletesATag_StoriesKeepEverythingElse()
    {
        var editor = await app.ApiClientAsync(NewsroomRoles.Editor);
        var slug = $"pemilu-{Unique.Next()}";
        var (created, tag) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/tags", new { name = "Pemilu 2029", slug });
        Assert.Equal(HttpStatusCode.Created, created);
        var id = tag.GetProperty("id").GetInt32();
        Assert.Equal("post_tag", tag.GetProperty("taxonomy").GetString());

        var (again, exists) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/tags", new { name = "Pemilu lagi", slug });
        Assert.Equal(HttpStatusCode.BadRequest, again);
        Assert.Equal("term_exists", exists.GetProperty("code").GetString());
        Assert.Equal(id, exists.GetProperty("data").GetProperty("term_id").GetInt32());

        var (renamed, after) = await editor.SendJsonAsync(HttpMethod.Post, $"/wp-json/wp/v2/tags/{id}", new { name = "Pemilu Serentak 2029" });
        Assert.Equal(HttpStatusCode.OK, renamed);
        Assert.Equal(("Pemilu Serentak 2029", slug), (after.GetProperty("name").GetString(), after.GetProperty("slug").GetString()));

        var section = await A.Section().SaveAsync(app);
        var (posted, story) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/posts",
            new { title = "Kampanye dimulai", content = "<p>Isi.</p>", status = "publish", tags = new[] { id }, categories = new[] { section.Id } });
        Assert.Equal(HttpStatusCode.Created, posted);
        var storyId = story.GetProperty("id").GetInt32();
        // The story carries that very tag, not a new one at the slug its new name would make.
        Assert.Equal(id, Assert.Single(story.GetProperty("tags").EnumerateArray()).GetInt32());
        Assert.False(await app.WithDbAsync(db => db.Tags.AnyAsync(t => t.Slug == "pemilu-serentak-2029")));
        var (edited, same) = await editor.SendJsonAsync(HttpMethod.Post, $"/wp-json/wp/v2/posts/{storyId}", new { title = "Kampanye resmi dimulai" });
        Assert.Equal(HttpStatusCode.OK, edited);
        Assert.Equal(id, Assert.Single(same.GetProperty("tags").EnumerateArray()).GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().GetAsync($"/tag/{slug}/")).StatusCode);

        var (notForced, trash) = await editor.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/tags/{id}");
        Assert.Equal((HttpStatusCode.NotImplemented, "rest_trash_not_supported"), (notForced, trash.GetProperty("code").GetString()));
        var (deleted, gone) = await editor.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/tags/{id}?force=true");
        Assert.Equal(HttpStatusCode.OK, deleted);
        Assert.Equal("Pemilu Serentak 2029", gone.GetProperty("previous").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync($"/wp-json/wp/v2/tags/{id}")).StatusCode);
        var (_, kept) = await app.CreateReader().SendJsonAsync(HttpMethod.Get, $"/wp-json/wp/v2/posts/{storyId}");
        Assert.Equal("Kampanye resmi dimulai", kept.GetProperty("title").GetProperty("rendered").GetString());
        Assert.Empty(kept.GetProperty("tags").EnumerateArray());
    }

    [Fact]
    public async Task ASectionThatFilesAStory_IsNotDeleted_AnEmptyOneIs()
    {
        var editor = await app.ApiClientAsync(NewsroomRoles.Editor);
        var used = await A.Section().SaveAsync(app);
        await An.Article().In(used).SaveAsync(app);
        var (inUse, refusal) = await editor.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/categories/{used.Id}?force=true");
        Assert.Equal(HttpStatusCode.Conflict, inUse);
        Assert.False(string.IsNullOrWhiteSpace(refusal.GetProperty("message").GetString()));
        Assert.True(await app.WithDbAsync(db => db.Sections.AnyAsync(s => s.Id == used.Id)));

        var empty = await A.Section().SaveAsync(app);
        var (notForced, _) = await editor.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/categories/{empty.Id}");
        Assert.Equal(HttpStatusCode.NotImplemented, notForced);
        var (deleted, gone) = await editor.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/categories/{empty.Id}?force=true");
        Assert.Equal(HttpStatusCode.OK, deleted);
        Assert.True(gone.GetProperty("deleted").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync($"/wp-json/wp/v2/categories/{empty.Id}")).StatusCode);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(NewsroomRoles.Moderator, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Contributor, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Author, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Editor, HttpStatusCode.Created)]
    [InlineData(NewsroomRoles.Administrator, HttpStatusCode.Created)]
    public async Task WritingTags_IsForThoseWhoManageTags(string? role, HttpStatusCode expected)
    {
        var client = await app.ApiClientAsync(role);
        var (status, json) = await client.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/tags", new { name = $"Topik {Unique.Next()}" });
        Assert.True(expected == status, $"{role ?? "anonymous"}: {(int)status} {json}");
        if (status == HttpStatusCode.Created) return;
        var section = await A.Section().SaveAsync(app);
        var (deleting, _) = await client.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/categories/{section.Id}?force=true");
        Assert.Equal(expected, deleting);
    }
}
