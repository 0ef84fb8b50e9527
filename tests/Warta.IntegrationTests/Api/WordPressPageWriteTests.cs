using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Api;

/// <summary>Static pages written through <c>/wp/v2/pages</c>: the page editor's checks and revisions, for those who edit pages.</summary>
public class WordPressPageWriteTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task AnEditor_DraftsPublishesTakesDownAndDeletesAPage_ReadersSeeOnlyWhatIsPublished()
    {
        var editor = await app.ApiClientAsync(NewsroomRoles.Editor);
        var reader = app.CreateReader();
        var slug = $"kode-etik-{Unique.Next()}";

        var (created, page) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/pages",
            new { title = "Kode Etik Redaksi", slug, content = "Kami memverifikasi setiap kabar.\n\nKami memuat hak jawab." });
        Assert.Equal(HttpStatusCode.Created, created);
        var id = page.GetProperty("id").GetInt32();
        Assert.Equal("draft", page.GetProperty("status").GetString());
        Assert.Equal("Kode Etik Redaksi", page.GetProperty("title").GetProperty("raw").GetString());
        // WordPress content is read as the importer reads it: blank lines are paragraphs.
        Assert.Contains("<p>Kami memuat hak jawab.</p>", page.GetProperty("content").GetProperty("rendered").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/wp-json/wp/v2/pages/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/{slug}/")).StatusCode);
        var (_, drafts) = await editor.SendJsonAsync(HttpMethod.Get, "/wp-json/wp/v2/pages?status=draft&context=edit&per_page=100");
        Assert.Contains(drafts.EnumerateArray(), p => p.GetProperty("id").GetInt32() == id && p.GetProperty("content").TryGetProperty("raw", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, (await reader.GetAsync("/wp-json/wp/v2/pages?status=draft")).StatusCode);

        var (published, _) = await editor.SendJsonAsync(HttpMethod.Patch, $"/wp-json/wp/v2/pages/{id}", new { status = "publish" });
        Assert.Equal(HttpStatusCode.OK, published);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/wp-json/wp/v2/pages/{id}")).StatusCode);
        Assert.Contains("hak jawab", await reader.GetStringAsync($"/{slug}/"), StringComparison.Ordinal);

        var (notForced, trash) = await editor.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/pages/{id}");
        Assert.Equal((HttpStatusCode.NotImplemented, "rest_trash_not_supported"), (notForced, trash.GetProperty("code").GetString()));
        var (stillPublished, refusal) = await editor.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/pages/{id}?force=true");
        Assert.Equal(HttpStatusCode.Conflict, stillPublished);
        Assert.Contains("draf", refusal.GetProperty("message").GetString(), StringComparison.Ordinal);

        await editor.SendJsonAsync(HttpMethod.Patch, $"/wp-json/wp/v2/pages/{id}", new { status = "draft" });
        Assert.Equal(3, await app.WithDbAsync(db => db.PageRevisions.CountAsync(r => r.PageId == id)));
        var (deleted, gone) = await editor.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/pages/{id}?force=true");
        Assert.Equal(HttpStatusCode.OK, deleted);
        Assert.True(gone.GetProperty("deleted").GetBoolean());
        Assert.Equal(id, gone.GetProperty("previous").GetProperty("id").GetInt32());
        Assert.False(await app.WithDbAsync(db => db.Pages.AnyAsync(p => p.Id == id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.PageRevisions.CountAsync(r => r.PageId == id)));
    }

    [Fact]
    public async Task APage_KeepsThePageEditorsChecks()
    {
        var editor = await app.ApiClientAsync(NewsroomRoles.Editor);
        var (reserved, problem) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/pages", new { title = "Cari", slug = "cari" });
        Assert.Equal(HttpStatusCode.BadRequest, reserved);
        Assert.Contains("cari", problem.GetProperty("data").GetProperty("params").GetProperty("slug").GetString(), StringComparison.Ordinal);
        var (untitled, missing) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/pages", new { content = "Tanpa judul" });
        Assert.Equal(HttpStatusCode.BadRequest, untitled);
        Assert.True(missing.GetProperty("data").GetProperty("params").TryGetProperty("title", out _));
        var (pending, wrong) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/pages", new { title = "Menunggu", status = "pending" });
        Assert.Equal(HttpStatusCode.BadRequest, pending);
        Assert.True(wrong.GetProperty("data").GetProperty("params").TryGetProperty("status", out _));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(NewsroomRoles.Moderator, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Contributor, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Author, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Editor, HttpStatusCode.Created)]
    [InlineData(NewsroomRoles.Administrator, HttpStatusCode.Created)]
    public async Task WritingPages_IsForThoseWhoEditPages(string? role, HttpStatusCode expected)
    {
        var client = await app.ApiClientAsync(role);
        var (status, json) = await client.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/pages", new { title = $"Halaman {Unique.Next()}" });
        Assert.True(expected == status, $"{role ?? "anonymous"}: {(int)status} {json}");
        if (status == HttpStatusCode.Created) return;
        var (deleting, _) = await client.SendJsonAsync(HttpMethod.Delete, "/wp-json/wp/v2/pages/1?force=true");
        Assert.Equal(expected, deleting);
    }
}
