using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Warta.Web.Articles;

namespace Warta.IntegrationTests.Api;

/// <summary>The WordPress-compatible read API: discovery, shapes against WordPress's documented schema, parameters, paging, errors.</summary>
public class WordPressApiTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(string url, HttpClient? client = null)
    {
        var response = await (client ?? app.CreateReader()).GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static void AssertShape(JsonElement item, (string Field, string Kind)[] schema)
    {
        foreach (var (field, kind) in schema)
        {
            Assert.True(item.TryGetProperty(field, out var value), $"missing {field}");
            Assert.Equal(kind, value.ValueKind switch
            {
                JsonValueKind.Number => "number", JsonValueKind.String => "string", JsonValueKind.Object => "object",
                JsonValueKind.Array => "array", JsonValueKind.True or JsonValueKind.False => "boolean", _ => "other",
            });
        }
    }

    [Fact]
    public async Task Discovery_LinkHeaderOnReaderPages_GetAndHead_LinkInTheHead_AndTheIndexListsRoutes()
    {
        var client = app.CreateReader();
        var get = await client.GetAsync("/");
        Assert.Contains(get.Headers.GetValues("Link"), l => l == "<http://localhost/wp-json/>; rel=\"https://api.w.org/\"");
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Contains(head.Headers.GetValues("Link"), l => l.EndsWith("rel=\"https://api.w.org/\"", StringComparison.Ordinal));
        var (_, page) = await client.GetPageAsync("/");
        Assert.Equal("http://localhost/wp-json/", page.QuerySelector("link[rel='https://api.w.org/']")?.GetAttribute("href"));

        var (response, index) = await GetJsonAsync("/wp-json/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Link"), "the API's own answers carry no discovery link");
        Assert.Equal("Asia/Jakarta", index.GetProperty("timezone_string").GetString());
        Assert.Equal(7, index.GetProperty("gmt_offset").GetInt32());
        Assert.Contains("wp/v2", index.GetProperty("namespaces").EnumerateArray().Select(n => n.GetString()));
        var routes = index.GetProperty("routes");
        foreach (var route in new[] { "/wp/v2/posts", "/wp/v2/posts/(?P<id>[\\d]+)", "/wp/v2/categories", "/wp/v2/tags", "/wp/v2/users", "/wp/v2/pages" })
            Assert.True(routes.TryGetProperty(route, out var entry) && entry.GetProperty("methods")[0].GetString() == "GET", route);
        Assert.True(routes.GetProperty("/wp/v2/posts").GetProperty("endpoints")[0].GetProperty("args").TryGetProperty("per_page", out _));

        // Without pretty links: ?rest_route=
        var (viaParameter, posts) = await GetJsonAsync("/?rest_route=/wp/v2/posts&per_page=1");
        Assert.Equal(HttpStatusCode.OK, viaParameter.StatusCode);
        Assert.Equal(JsonValueKind.Array, posts.ValueKind);
    }

    [Fact]
    public async Task Posts_HaveWordPressShape_DatesInWibAndGmt_AbsoluteLinks_AndOnlyWhatReadersSee()
    {
        var marker = Unique();
        var author = await An.Author().SaveAsync(app);
        var published = new DateTime(2026, 3, 2, 20, 30, 0, DateTimeKind.Utc);
        var story = await An.Article().Tagged(marker).By(author).WithDek("Ringkasan cerita.").WithBody("Isi **tebal** dan [tautan](/rubrik/x/).")
            .PublishedAt(published).SaveAsync(app);
        var draft = await An.Article().Tagged(marker).WithStatus(ArticleStatus.Draft).SaveAsync(app);
        var scheduled = await An.Article().Tagged(marker).PublishedAt(DateTime.UtcNow.AddDays(1)).SaveAsync(app);
        var locked = await An.Article().Tagged(marker).WithBody("Rahasia redaksi.").SaveAsync(app);
        await app.WithDbAsync(async db => { (await db.Articles.FindAsync(locked.Id))!.Password = "kunci"; await db.SaveChangesAsync(); });
        var tagId = await app.WithDbAsync(db => Task.FromResult(db.Tags.Single(t => t.Name == marker).Id));

        var (response, list) = await GetJsonAsync($"/wp-json/wp/v2/posts?tags={tagId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = Assert.Single(list.EnumerateArray());
        AssertShape(item, WordPressSchema.Post);
        Assert.Equal(story.Id, item.GetProperty("id").GetInt32());
        Assert.Equal("2026-03-03T03:30:00", item.GetProperty("date").GetString());
        Assert.Equal("2026-03-02T20:30:00", item.GetProperty("date_gmt").GetString());
        Assert.Matches(WordPressSchema.DatePattern, item.GetProperty("modified").GetString()!);
        Assert.Equal("http://localhost" + WartaApp.UrlOf(story), item.GetProperty("link").GetString());
        Assert.Equal("publish", item.GetProperty("status").GetString());
        Assert.Equal("post", item.GetProperty("type").GetString());
        Assert.Equal(author.Id, item.GetProperty("author").GetInt32());
        Assert.Equal([tagId], item.GetProperty("tags").EnumerateArray().Select(t => t.GetInt32()));
        Assert.Equal([story.SectionId], item.GetProperty("categories").EnumerateArray().Select(t => t.GetInt32()));
        var content = item.GetProperty("content");
        Assert.Contains("<strong>tebal</strong>", content.GetProperty("rendered").GetString(), StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/rubrik/x/\"", content.GetProperty("rendered").GetString(), StringComparison.Ordinal);
        Assert.False(content.GetProperty("protected").GetBoolean());
        Assert.Equal("<p>Ringkasan cerita.</p>\n", item.GetProperty("excerpt").GetProperty("rendered").GetString());
        Assert.Equal($"http://localhost/wp-json/wp/v2/posts/{story.Id}", item.GetProperty("_links").GetProperty("self")[0].GetProperty("href").GetString());
        Assert.Equal("http://localhost/wp-json/wp/v2/posts", item.GetProperty("_links").GetProperty("collection")[0].GetProperty("href").GetString());
        Assert.True(item.GetProperty("_links").GetProperty("author")[0].GetProperty("embeddable").GetBoolean());

        // Drafts and scheduled stories do not exist for readers; a protected one answers by id, without its text.
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync($"/wp-json/wp/v2/posts/{draft.Id}")).StatusCode);
        var (missing, error) = await GetJsonAsync($"/wp-json/wp/v2/posts/{scheduled.Id}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("rest_post_invalid_id", error.GetProperty("code").GetString());
        Assert.Equal(404, error.GetProperty("data").GetProperty("status").GetInt32());
        var (_, hidden) = await GetJsonAsync($"/wp-json/wp/v2/posts/{locked.Id}");
        Assert.True(hidden.GetProperty("content").GetProperty("protected").GetBoolean());
        Assert.Equal("", hidden.GetProperty("content").GetProperty("rendered").GetString());
        var (_, opened) = await GetJsonAsync($"/wp-json/wp/v2/posts/{locked.Id}?password=kunci");
        Assert.Contains("Rahasia redaksi.", opened.GetProperty("content").GetProperty("rendered").GetString(), StringComparison.Ordinal);
        var (_, wrong) = await GetJsonAsync($"/wp-json/wp/v2/posts/{locked.Id}?password=salah");
        Assert.Equal("", wrong.GetProperty("content").GetProperty("rendered").GetString());
        var (_, everything) = await GetJsonAsync($"/wp-json/wp/v2/posts?per_page=100&search={marker}");
        Assert.DoesNotContain(everything.EnumerateArray(), p => p.GetProperty("id").GetInt32() == locked.Id);
    }

    [Fact]
    public async Task Posts_Paginate_AsWordPressDoes_WithTotals_AndPrevNextLinks()
    {
        var marker = Unique();
        var start = DateTime.UtcNow.AddDays(-30);
        for (var i = 0; i < 7; i++) await An.Article().Tagged(marker).PublishedAt(start.AddHours(i)).SaveAsync(app);
        var tagId = await app.WithDbAsync(db => Task.FromResult(db.Tags.Single(t => t.Name == marker).Id));
        var client = app.CreateReader();

        var first = await client.GetAsync($"/wp-json/wp/v2/posts?tags={tagId}&per_page=3");
        Assert.Equal("7", first.Headers.GetValues("X-WP-Total").Single());
        Assert.Equal("3", first.Headers.GetValues("X-WP-TotalPages").Single());
        Assert.Equal([$"<http://localhost/wp-json/wp/v2/posts?tags={tagId}&per_page=3&page=2>; rel=\"next\""], first.Headers.GetValues("Link"));
        var middle = await client.GetAsync($"/wp-json/wp/v2/posts?tags={tagId}&per_page=3&page=2");
        Assert.Equal(2, middle.Headers.GetValues("Link").Count());
        Assert.Contains(middle.Headers.GetValues("Link"), l => l.EndsWith("page=1>; rel=\"prev\"", StringComparison.Ordinal));
        var (_, last) = await GetJsonAsync($"/wp-json/wp/v2/posts?tags={tagId}&per_page=3&page=3");
        Assert.Single(last.EnumerateArray());
        var (_, oldestFirst) = await GetJsonAsync($"/wp-json/wp/v2/posts?tags={tagId}&per_page=2&order=asc&offset=1");
        var dates = oldestFirst.EnumerateArray().Select(p => p.GetProperty("date_gmt").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);

        var (tooFar, error) = await GetJsonAsync($"/wp-json/wp/v2/posts?tags={tagId}&per_page=3&page=4");
        Assert.Equal(HttpStatusCode.BadRequest, tooFar.StatusCode);
        Assert.Equal("rest_post_invalid_page_number", error.GetProperty("code").GetString());
        foreach (var bad in new[] { "per_page=101", "per_page=0", "page=abc", "order=up", "orderby=colour", "tags=x" })
        {
            var (invalid, problem) = await GetJsonAsync($"/wp-json/wp/v2/posts?{bad}");
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.Equal("rest_invalid_param", problem.GetProperty("code").GetString());
            Assert.True(problem.GetProperty("data").GetProperty("params").TryGetProperty(bad.Split('=')[0], out _), bad);
        }
        var (forbidden, status) = await GetJsonAsync("/wp-json/wp/v2/posts?status=draft");
        Assert.Equal(HttpStatusCode.Unauthorized, forbidden.StatusCode);
        Assert.Equal("rest_forbidden_status", status.GetProperty("code").GetString());
        var (noRoute, route) = await GetJsonAsync("/wp-json/wp/v2/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, noRoute.StatusCode);
        Assert.Equal("rest_no_route", route.GetProperty("code").GetString());
    }

    [Fact]
    public async Task FieldsAndEmbed_AsWordPressReadsThem()
    {
        var marker = Unique();
        var author = await An.Author().SaveAsync(app);
        var story = await An.Article().Tagged(marker).By(author).SaveAsync(app);

        var (_, only) = await GetJsonAsync($"/wp-json/wp/v2/posts/{story.Id}?_fields=id,title.rendered,tags");
        Assert.Equal(["id", "title", "tags"], only.EnumerateObject().Select(p => p.Name));
        Assert.Equal(story.Headline, only.GetProperty("title").GetProperty("rendered").GetString());

        var (_, embedded) = await GetJsonAsync($"/wp-json/wp/v2/posts/{story.Id}?_embed");
        var parts = embedded.GetProperty("_embedded");
        Assert.Equal(author.Name, parts.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("category", parts.GetProperty("wp:term")[0][0].GetProperty("taxonomy").GetString());
        Assert.Equal(marker, parts.GetProperty("wp:term")[1][0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task CategoriesTagsAndUsers_HaveWordPressShape_CountWhatReadersSee_AndUsersAreOnlyPublishedAuthors()
    {
        var marker = Unique();
        var parent = await A.Section().SaveAsync(app);
        var child = await A.Section().SaveAsync(app);
        await app.WithDbAsync(async db => { (await db.Sections.FindAsync(child.Id))!.ParentId = parent.Id; await db.SaveChangesAsync(); });
        var writer = await An.Author().SaveAsync(app);
        var unpublished = await An.Author().SaveAsync(app);
        var story = await An.Article().In(child).Tagged(marker).By(writer).SaveAsync(app);
        await An.Article().In(child).Tagged(marker).By(unpublished).WithStatus(ArticleStatus.Draft).SaveAsync(app);

        var (_, category) = await GetJsonAsync($"/wp-json/wp/v2/categories/{child.Id}");
        AssertShape(category, WordPressSchema.Category);
        Assert.Equal(parent.Id, category.GetProperty("parent").GetInt32());
        Assert.Equal(1, category.GetProperty("count").GetInt32());
        Assert.Equal($"http://localhost/rubrik/{child.Slug}/", category.GetProperty("link").GetString());
        var (_, children) = await GetJsonAsync($"/wp-json/wp/v2/categories?parent={parent.Id}");
        Assert.Equal([child.Id], children.EnumerateArray().Select(c => c.GetProperty("id").GetInt32()));

        var (_, tags) = await GetJsonAsync($"/wp-json/wp/v2/tags?post={story.Id}");
        var tag = Assert.Single(tags.EnumerateArray());
        AssertShape(tag, WordPressSchema.Tag);
        Assert.Equal(1, tag.GetProperty("count").GetInt32());
        Assert.Equal("post_tag", tag.GetProperty("taxonomy").GetString());

        var (_, users) = await GetJsonAsync("/wp-json/wp/v2/users?per_page=100");
        var ids = users.EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(writer.Id, ids);
        Assert.DoesNotContain(unpublished.Id, ids);
        AssertShape(users.EnumerateArray().First(u => u.GetProperty("id").GetInt32() == writer.Id), WordPressSchema.User);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync($"/wp-json/wp/v2/users/{unpublished.Id}")).StatusCode);
        var text = await app.CreateReader().GetStringAsync("/wp-json/wp/v2/users?per_page=100");
        Assert.DoesNotMatch(new Regex(@"[\w.+-]+@[\w-]+\.[\w.]+"), text);
    }

    [Fact]
    public async Task AnonymousReads_AreCachedWithValidators_AndAChangeIsSeenAtOnce()
    {
        var marker = Unique();
        await An.Article().Tagged(marker).SaveAsync(app);
        var tagId = await app.WithDbAsync(db => Task.FromResult(db.Tags.Single(t => t.Name == marker).Id));
        var client = app.CreateReader();
        var url = $"/wp-json/wp/v2/posts?tags={tagId}";
        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        await An.Article().Tagged(marker).SaveAsync(app);
        var (_, list) = await GetJsonAsync(url);
        Assert.Equal(2, list.GetArrayLength());

        // A request with credentials is never answered from, nor stored in, the shared cache.
        using var withCredentials = new HttpRequestMessage(HttpMethod.Get, url);
        withCredentials.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", "eDp5");
        withCredentials.Headers.IfNoneMatch.Add(etag);
        Assert.NotEqual(HttpStatusCode.NotModified, (await client.SendAsync(withCredentials)).StatusCode);
    }

    [Fact]
    public async Task Comments_OnlyApprovedOnesOnStoriesReadersSee_NeverAnEmailOrAddress()
    {
        var story = await An.Article().SaveAsync(app);
        var draft = await An.Article().WithStatus(ArticleStatus.Draft).SaveAsync(app);
        var now = DateTime.UtcNow.AddMinutes(-5);
        Warta.Web.Comments.Comment Make(int article, Warta.Web.Comments.CommentStatus status, string text, int? parent = null) => new()
        {
            ArticleId = article, ParentId = parent, AuthorName = "Pembaca Setia", AuthorEmail = "pembaca@contoh.id", AuthorIp = "203.0.113.9",
            AuthorUrl = "https://blog.contoh.id/", Text = text, Status = status, CreatedAt = now,
        };
        var (approved, pending, onDraft) = await app.WithDbAsync(async db =>
        {
            var a = Make(story.Id, Warta.Web.Comments.CommentStatus.Approved, "Terima kasih atas <b>liputannya</b>.");
            var p = Make(story.Id, Warta.Web.Comments.CommentStatus.Pending, "Menunggu moderasi.");
            var d = Make(draft.Id, Warta.Web.Comments.CommentStatus.Approved, "Di naskah.");
            db.Comments.AddRange(a, p, d);
            await db.SaveChangesAsync();
            return (a, p, d);
        });
        var reply = await app.WithDbAsync(async db =>
        {
            var r = Make(story.Id, Warta.Web.Comments.CommentStatus.Approved, "Setuju.", approved.Id);
            db.Comments.Add(r);
            await db.SaveChangesAsync();
            return r;
        });

        var response = await app.CreateReader().GetAsync($"/wp-json/wp/v2/comments?post={story.Id}&order=asc&orderby=id");
        var text = await response.Content.ReadAsStringAsync();
        var list = JsonDocument.Parse(text).RootElement;
        Assert.Equal([approved.Id, reply.Id], list.EnumerateArray().Select(c => c.GetProperty("id").GetInt32()));
        var first = list[0];
        foreach (var (field, kind) in new[] { ("id", JsonValueKind.Number), ("post", JsonValueKind.Number), ("parent", JsonValueKind.Number), ("author_name", JsonValueKind.String), ("date", JsonValueKind.String), ("date_gmt", JsonValueKind.String), ("content", JsonValueKind.Object), ("link", JsonValueKind.String), ("status", JsonValueKind.String), ("type", JsonValueKind.String), ("author_avatar_urls", JsonValueKind.Object), ("_links", JsonValueKind.Object) })
            Assert.Equal(kind, first.GetProperty(field).ValueKind);
        Assert.Equal("Pembaca Setia", first.GetProperty("author_name").GetString());
        Assert.DoesNotContain("<b>", first.GetProperty("content").GetProperty("rendered").GetString(), StringComparison.Ordinal);
        Assert.Equal(approved.Id, list[1].GetProperty("parent").GetInt32());
        Assert.EndsWith($"#comment-{approved.Id}", first.GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.False(first.TryGetProperty("author_email", out _));
        Assert.False(first.TryGetProperty("author_ip", out _));
        Assert.DoesNotContain("pembaca@contoh.id", text, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.9", text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync($"/wp-json/wp/v2/comments/{pending.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync($"/wp-json/wp/v2/comments/{onDraft.Id}")).StatusCode);
        var (forbidden, error) = await GetJsonAsync("/wp-json/wp/v2/comments?status=hold");
        Assert.Equal(HttpStatusCode.Unauthorized, forbidden.StatusCode);
        Assert.Equal("rest_forbidden_param", error.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateReader().GetAsync("/wp-json/wp/v2/comments?author_email=pembaca@contoh.id")).StatusCode);
    }

    [Fact]
    public async Task TypesTaxonomiesAndStatuses_AsWordPressListsThemForReaders()
    {
        var (_, types) = await GetJsonAsync("/wp-json/wp/v2/types");
        Assert.Equal("posts", types.GetProperty("post").GetProperty("rest_base").GetString());
        Assert.Equal("pages", types.GetProperty("page").GetProperty("rest_base").GetString());
        var (_, taxonomy) = await GetJsonAsync("/wp-json/wp/v2/taxonomies/post_tag");
        Assert.Equal("tags", taxonomy.GetProperty("rest_base").GetString());
        var (_, statuses) = await GetJsonAsync("/wp-json/wp/v2/statuses");
        Assert.Equal(["publish"], statuses.EnumerateObject().Select(p => p.Name));
        var (missing, error) = await GetJsonAsync("/wp-json/wp/v2/types/product");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("rest_type_invalid", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Search_FindsStoriesWithTheSitesOwnSearch_AndTermsByName()
    {
        var marker = Unique();
        var story = await An.Article().Tagged(marker).WithBody("Menteri mengunjungi pelabuhan baru di pesisir.").SaveAsync(app);
        await app.WaitForSearchAsync();

        // A stemmed word finds the story (kunjungan → mengunjungi), as /cari does.
        var (response, found) = await GetJsonAsync($"/wp-json/wp/v2/search?search=kunjungan+{marker}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-WP-Total").Single());
        var hit = Assert.Single(found.EnumerateArray());
        Assert.Equal(story.Id, hit.GetProperty("id").GetInt32());
        Assert.Equal(story.Headline, hit.GetProperty("title").GetString());
        Assert.Equal("http://localhost" + WartaApp.UrlOf(story), hit.GetProperty("url").GetString());
        Assert.Equal(("post", "post"), (hit.GetProperty("type").GetString(), hit.GetProperty("subtype").GetString()));

        var (_, term) = await GetJsonAsync($"/wp-json/wp/v2/search?type=term&search={marker}");
        var tag = Assert.Single(term.EnumerateArray());
        Assert.Equal(("term", "post_tag", marker), (tag.GetProperty("type").GetString(), tag.GetProperty("subtype").GetString(), tag.GetProperty("title").GetString()));
        var (invalid, error) = await GetJsonAsync("/wp-json/wp/v2/search?type=product");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("rest_invalid_param", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Media_ListsWhatPublishedContentOrNothingUses_NeverWhatOnlyHiddenStoriesUse()
    {
        var marker = Unique();
        Warta.Web.Media.MediaItem Item(string name) => new()
        {
            OriginalName = $"{name}-{marker}.jpg", Url = $"/media/2026/12/{name}{marker}.jpg", ContentType = "image/jpeg",
            Alt = $"Foto {name}", Caption = $"Keterangan {name}", Width = 1200, Height = 800, Bytes = 1000, UploadedAt = DateTime.UtcNow.AddHours(-2),
        };
        var (shown, unused, draftOnly, both) = await app.WithDbAsync(async db =>
        {
            var items = (Item("tampil"), Item("bebas"), Item("naskah"), Item("keduanya"));
            db.MediaItems.AddRange(items.Item1, items.Item2, items.Item3, items.Item4);
            await db.SaveChangesAsync();
            return items;
        });
        await An.Article().WithImage(shown.Url, "Foto tampil").SaveAsync(app);
        await An.Article().WithStatus(ArticleStatus.Draft).WithBody($"![Foto]({draftOnly.Url})\n\n![Foto]({both.Url})").SaveAsync(app);
        await An.Article().WithBody($"Paragraf.\n\n![Foto]({both.Url} \"Keterangan\")").SaveAsync(app);

        var (response, list) = await GetJsonAsync($"/wp-json/wp/v2/media?search={marker}&per_page=100");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = list.EnumerateArray().Select(m => m.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(new[] { shown.Id, unused.Id, both.Id }.Order(), ids.Order());
        var item = list.EnumerateArray().First(m => m.GetProperty("id").GetInt32() == shown.Id);
        Assert.Equal("attachment", item.GetProperty("type").GetString());
        Assert.Equal("image", item.GetProperty("media_type").GetString());
        Assert.Equal("Foto tampil", item.GetProperty("alt_text").GetString());
        Assert.Equal("http://localhost" + shown.Url, item.GetProperty("source_url").GetString());
        Assert.Equal(1200, item.GetProperty("media_details").GetProperty("width").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync($"/wp-json/wp/v2/media/{draftOnly.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().GetAsync($"/wp-json/wp/v2/media/{both.Id}")).StatusCode);
    }
}
