using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Api;

/// <summary>
/// Writing stories through <c>/wp/v2/posts</c> with application passwords: the editor's checks, workflow and
/// capabilities for every role, errors in WordPress's shape with the editor's own (localized) words, and the change
/// path that readers' pages follow.
/// </summary>
public class WordPressWriteTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static readonly int[] NoSuchTag = [int.MaxValue];
    private static readonly int[] TwoSections = [1, 2];

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private Task<HttpClient> ApiClientAsync(string? role) => app.ApiClientAsync(role);

    private static Task<(HttpStatusCode Status, JsonElement Json)> SendAsync(HttpClient client, HttpMethod method, string url, object? body = null) =>
        client.SendJsonAsync(method, url, body);

    [Fact]
    public async Task AnAuthor_WritesADraft_SeesItAlone_ThenPublishesIt_ThroughTheEditorsWorkflow()
    {
        var author = await ApiClientAsync(NewsroomRoles.Author);
        var section = await A.Section().SaveAsync(app);
        var marker = Unique();
        var tag = await app.WithDbAsync(async db =>
        {
            var t = new Warta.Web.Tags.Tag { Name = $"Topik {marker}", Slug = $"topik-{marker}" };
            db.Tags.Add(t);
            await db.SaveChangesAsync();
            return t.Id;
        });

        var (created, draft) = await SendAsync(author, HttpMethod.Post, "/wp-json/wp/v2/posts", new
        {
            title = $"Banjir rob {marker}",
            content = new { raw = "<p>Air laut naik.</p><script>alert(1)</script>" },
            excerpt = "Warga pesisir mengungsi.",
            categories = new[] { section.Id },
            tags = new[] { tag },
            status = "draft",
        });
        Assert.Equal(HttpStatusCode.Created, created);
        var id = draft.GetProperty("id").GetInt32();
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal($"Banjir rob {marker}", draft.GetProperty("title").GetProperty("raw").GetString());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("date_gmt").ValueKind);
        Assert.Equal([tag], draft.GetProperty("tags").EnumerateArray().Select(t => t.GetInt32()));
        Assert.DoesNotContain("<script", draft.GetProperty("content").GetProperty("rendered").GetString(), StringComparison.Ordinal);

        // Nobody else sees a draft: not by id, not by status, not with context=edit.
        var reader = app.CreateReader();
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(reader, HttpMethod.Get, $"/wp-json/wp/v2/posts/{id}")).Status);
        var (forbidden, error) = await SendAsync(reader, HttpMethod.Get, "/wp-json/wp/v2/posts?status=draft");
        Assert.Equal(HttpStatusCode.Unauthorized, forbidden);
        Assert.Equal("rest_forbidden_status", error.GetProperty("code").GetString());
        var otherAuthor = await ApiClientAsync(NewsroomRoles.Author);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(otherAuthor, HttpMethod.Get, $"/wp-json/wp/v2/posts/{id}")).Status);
        var (_, othersDrafts) = await SendAsync(otherAuthor, HttpMethod.Get, "/wp-json/wp/v2/posts?status=draft&per_page=100");
        Assert.DoesNotContain(id, othersDrafts.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()));
        var (_, myDrafts) = await SendAsync(author, HttpMethod.Get, "/wp-json/wp/v2/posts?status=draft&context=edit&per_page=100");
        Assert.Contains(myDrafts.EnumerateArray(), p => p.GetProperty("id").GetInt32() == id && p.GetProperty("content").GetProperty("raw").GetString()!.Contains("Air laut", StringComparison.Ordinal));

        var (published, live) = await SendAsync(author, HttpMethod.Post, $"/wp-json/wp/v2/posts/{id}", new { status = "publish" });
        Assert.Equal(HttpStatusCode.OK, published);
        Assert.Equal("publish", live.GetProperty("status").GetString());
        var (ok, seen) = await SendAsync(reader, HttpMethod.Get, $"/wp-json/wp/v2/posts/{id}");
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.False(seen.GetProperty("title").TryGetProperty("raw", out _), "raw words only for those who may edit");
        var page = await reader.GetAsync(new Uri(seen.GetProperty("link").GetString()!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var (revisions, audit) = await app.WithDbAsync(async db => (
            await db.ArticleRevisions.CountAsync(r => r.ArticleId == id),
            await db.AuditEntries.CountAsync(e => e.Action == Warta.Web.Newsroom.Audit.AuditActions.Published && e.Subject.Contains(marker))));
        Assert.Equal(2, revisions);
        Assert.Equal(1, audit);
    }

    [Fact]
    public async Task AnUpdate_ReachesTheCachedStoryPage_AndAFutureDatePublishesLater()
    {
        var editor = await ApiClientAsync(NewsroomRoles.Editor);
        var story = await An.Article().Titled($"Harga cabai {Unique()}").SaveAsync(app);
        var reader = app.CreateReader();
        var url = WartaApp.UrlOf(story);
        Assert.Contains(story.Headline, await reader.GetStringAsync(url), StringComparison.Ordinal);

        var headline = $"Harga cabai turun {Unique()}";
        var (status, _) = await SendAsync(editor, HttpMethod.Put, $"/wp-json/wp/v2/posts/{story.Id}", new { title = headline });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(headline, await reader.GetStringAsync(url), StringComparison.Ordinal);

        var at = DateTime.UtcNow.AddDays(2);
        var (scheduled, later) = await SendAsync(editor, HttpMethod.Post, "/wp-json/wp/v2/posts", new
        {
            title = $"Jadwal {Unique()}", content = "<p>Nanti.</p>", status = "publish", date_gmt = at.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Created, scheduled);
        Assert.Equal("future", later.GetProperty("status").GetString());
        Assert.Equal(at.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), later.GetProperty("date_gmt").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(reader, HttpMethod.Get, $"/wp-json/wp/v2/posts/{later.GetProperty("id").GetInt32()}")).Status);
    }

    [Fact]
    public async Task BadInput_IsRefusedInWordPressShape_WithTheEditorsWords_AndNothingIsSaved()
    {
        var author = await ApiClientAsync(NewsroomRoles.Author);
        var before = await app.WithDbAsync(db => db.Articles.CountAsync());

        var (empty, problem) = await SendAsync(author, HttpMethod.Post, "/wp-json/wp/v2/posts", new { title = "  ", content = "<p>Isi.</p>" });
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Equal("rest_invalid_param", problem.GetProperty("code").GetString());
        Assert.Contains("wajib", problem.GetProperty("data").GetProperty("params").GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);

        var (unknownTag, _) = await SendAsync(author, HttpMethod.Post, "/wp-json/wp/v2/posts", new { title = "Judul", tags = NoSuchTag });
        Assert.Equal(HttpStatusCode.BadRequest, unknownTag);
        var (twoSections, twoProblem) = await SendAsync(author, HttpMethod.Post, "/wp-json/wp/v2/posts", new { title = "Judul", categories = TwoSections });
        Assert.Equal(HttpStatusCode.BadRequest, twoSections);
        Assert.True(twoProblem.GetProperty("data").GetProperty("params").TryGetProperty("categories", out _));
        var broken = await author.PostAsync("/wp-json/wp/v2/posts", new StringContent("{\"title\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("rest_invalid_json", JsonDocument.Parse(await broken.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        var (privateStatus, _) = await SendAsync(author, HttpMethod.Post, "/wp-json/wp/v2/posts", new { title = "Judul", status = "private" });
        Assert.Equal(HttpStatusCode.BadRequest, privateStatus);

        Assert.Equal(before, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Delete_MovesToTheTrash_NeverDeletesForGood_AndATrashedStoryAnswers410()
    {
        var editor = await ApiClientAsync(NewsroomRoles.Editor);
        var story = await An.Article().SaveAsync(app);

        Assert.Equal(HttpStatusCode.NotImplemented, (await SendAsync(editor, HttpMethod.Delete, $"/wp-json/wp/v2/posts/{story.Id}?force=true")).Status);
        var (trashed, json) = await SendAsync(editor, HttpMethod.Delete, $"/wp-json/wp/v2/posts/{story.Id}");
        Assert.Equal(HttpStatusCode.OK, trashed);
        Assert.Equal("trash", json.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Gone, (await SendAsync(editor, HttpMethod.Delete, $"/wp-json/wp/v2/posts/{story.Id}")).Status);
        Assert.Equal(ArticleStatus.Trashed, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == story.Id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync(WartaApp.UrlOf(story))).StatusCode);
    }

    public static TheoryData<string?, string, HttpStatusCode> Writes() => new()
    {
        // role, write, expected
        { null, "create-draft", HttpStatusCode.Unauthorized },
        { NewsroomRoles.Moderator, "create-draft", HttpStatusCode.Forbidden },
        { NewsroomRoles.Contributor, "create-draft", HttpStatusCode.Created },
        { NewsroomRoles.Author, "create-draft", HttpStatusCode.Created },
        { NewsroomRoles.Editor, "create-draft", HttpStatusCode.Created },
        { NewsroomRoles.Administrator, "create-draft", HttpStatusCode.Created },
        { null, "create-published", HttpStatusCode.Unauthorized },
        { NewsroomRoles.Moderator, "create-published", HttpStatusCode.Forbidden },
        { NewsroomRoles.Contributor, "create-published", HttpStatusCode.Forbidden },
        { NewsroomRoles.Author, "create-published", HttpStatusCode.Created },
        { NewsroomRoles.Editor, "create-published", HttpStatusCode.Created },
        { NewsroomRoles.Administrator, "create-published", HttpStatusCode.Created },
        { null, "edit-others", HttpStatusCode.Unauthorized },
        { NewsroomRoles.Moderator, "edit-others", HttpStatusCode.Forbidden },
        { NewsroomRoles.Contributor, "edit-others", HttpStatusCode.Forbidden },
        { NewsroomRoles.Author, "edit-others", HttpStatusCode.Forbidden },
        { NewsroomRoles.Editor, "edit-others", HttpStatusCode.OK },
        { NewsroomRoles.Administrator, "edit-others", HttpStatusCode.OK },
        { null, "trash-others", HttpStatusCode.Unauthorized },
        { NewsroomRoles.Moderator, "trash-others", HttpStatusCode.Forbidden },
        { NewsroomRoles.Contributor, "trash-others", HttpStatusCode.Forbidden },
        { NewsroomRoles.Author, "trash-others", HttpStatusCode.Forbidden },
        { NewsroomRoles.Editor, "trash-others", HttpStatusCode.OK },
        { NewsroomRoles.Administrator, "trash-others", HttpStatusCode.OK },
        { null, "read-others-raw", HttpStatusCode.Unauthorized },
        { NewsroomRoles.Moderator, "read-others-raw", HttpStatusCode.Forbidden },
        { NewsroomRoles.Contributor, "read-others-raw", HttpStatusCode.Forbidden },
        { NewsroomRoles.Author, "read-others-raw", HttpStatusCode.Forbidden },
        { NewsroomRoles.Editor, "read-others-raw", HttpStatusCode.OK },
        { NewsroomRoles.Administrator, "read-others-raw", HttpStatusCode.OK },
        { null, "unpublish-own", HttpStatusCode.Unauthorized },
        { NewsroomRoles.Contributor, "unpublish-own", HttpStatusCode.Forbidden },
        { NewsroomRoles.Author, "unpublish-own", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task EveryWrite_AsEveryRole_IsDecidedByTheCapabilityTable_AndARefusalChangesNothing(string? role, string write, HttpStatusCode expected)
    {
        var client = await ApiClientAsync(role);
        var others = await An.Article().Titled($"Milik orang lain {Unique()}").SaveAsync(app);
        var (status, json) = write switch
        {
            "create-draft" => await SendAsync(client, HttpMethod.Post, "/wp-json/wp/v2/posts", new { title = $"Draf {Unique()}", content = "<p>Isi.</p>" }),
            "create-published" => await SendAsync(client, HttpMethod.Post, "/wp-json/wp/v2/posts", new { title = $"Terbit {Unique()}", content = "<p>Isi.</p>", status = "publish" }),
            "edit-others" => await SendAsync(client, HttpMethod.Post, $"/wp-json/wp/v2/posts/{others.Id}", new { title = "Diubah lewat API" }),
            "trash-others" => await SendAsync(client, HttpMethod.Delete, $"/wp-json/wp/v2/posts/{others.Id}"),
            "read-others-raw" => await SendAsync(client, HttpMethod.Get, $"/wp-json/wp/v2/posts/{others.Id}?context=edit"),
            "unpublish-own" => await UnpublishOwnAsync(client, role),
            _ => throw new ArgumentOutOfRangeException(nameof(write)),
        };

        Assert.True(expected == status, $"{role ?? "anonymous"} {write}: {(int)status} {json}");
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            Assert.StartsWith("rest_", json.GetProperty("code").GetString(), StringComparison.Ordinal);
            var after = await app.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == others.Id));
            Assert.Equal((others.Headline, ArticleStatus.Published), (after.Headline, after.Status));
        }
        if (write == "create-published" && status == HttpStatusCode.Created) Assert.Equal("publish", json.GetProperty("status").GetString());
    }

    /// <summary>A story the caller wrote and published (by an editor for a contributor, who may not), then taken back to a draft.</summary>
    private async Task<(HttpStatusCode, JsonElement)> UnpublishOwnAsync(HttpClient client, string? role)
    {
        if (role is null) return await SendAsync(client, HttpMethod.Post, "/wp-json/wp/v2/posts/1", new { status = "draft" });
        var (_, draft) = await SendAsync(client, HttpMethod.Post, "/wp-json/wp/v2/posts", new { title = $"Milik sendiri {Unique()}", content = "<p>Isi.</p>" });
        var id = draft.GetProperty("id").GetInt32();
        await app.WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == id);
            article.Publish(DateTime.UtcNow.AddMinutes(-1));
            await db.SaveChangesAsync();
        });
        return await SendAsync(client, HttpMethod.Post, $"/wp-json/wp/v2/posts/{id}", new { status = "draft" });
    }
}
