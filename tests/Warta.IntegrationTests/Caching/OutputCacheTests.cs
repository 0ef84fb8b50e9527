using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Comments;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Caching;

/// <summary>
/// Reader pages come from the output cache, and each kind of change evicts the pages showing what changed while the
/// rest stay cached. A hit is told by the Age header the cache adds to what it serves. Changes are saved through the
/// data layer the newsroom uses (its own tests check the same through its pages).
/// </summary>
public class OutputCacheTests(WartaApp app) : IClassFixture<WartaApp>
{
    private async Task<bool> IsHitAsync(string url)
    {
        var response = await app.CreateReader().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Age is not null;
    }

    /// <summary>Requests each page until it is cached, then checks it is.</summary>
    private async Task WarmAsync(params string[] urls)
    {
        foreach (var url in urls)
        {
            await app.CreateReader().GetAsync(url);
            Assert.True(await IsHitAsync(url), url + " was not cached");
        }
    }

    private Task<int> SaveAsync(Func<Warta.Web.Data.WartaDb, Task> change) => app.WithDbAsync(async db =>
    {
        await change(db);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task EachKindOfChange_EvictsThePagesShowingIt_AndLeavesTheOthersCached()
    {
        var (s1, s2) = (await A.Section().SaveAsync(app), await A.Section().SaveAsync(app));
        var (u1, u2) = (await An.Author().SaveAsync(app), await An.Author().SaveAsync(app));
        var marker = Guid.NewGuid().ToString("N")[..6];
        var a = await An.Article().In(s1).By(u1).Tagged($"satu {marker}").SaveAsync(app);
        var b = await An.Article().In(s2).By(u2).Tagged($"dua {marker}").SaveAsync(app);
        var (t1, t2) = await app.WithDbAsync(async db => (
            await db.Tags.Where(t => t.Name == $"satu {marker}").Select(t => t.Slug).SingleAsync(),
            await db.Tags.Where(t => t.Name == $"dua {marker}").Select(t => t.Slug).SingleAsync()));
        var (pageA, pageB) = (WartaApp.UrlOf(a), WartaApp.UrlOf(b));
        var (section1, section2) = ($"/rubrik/{s1.Slug}/", $"/rubrik/{s2.Slug}/");
        var (tag1, tag2) = ($"/tag/{t1}/", $"/tag/{t2}/");
        var (author1, author2) = ($"/penulis/{u1.Slug}/", $"/penulis/{u2.Slug}/");
        string[] all = ["/", pageA, pageB, section1, section2, tag1, tag2, author1, author2, "/feed/", section2 + "feed/"];

        // Editing a story's words: its page and every list showing it are fresh; the other story's pages stay cached.
        await WarmAsync(all);
        // B's page may list A among related stories; if it does it must be fresh too, if not it must stay cached.
        var bShowsA = (await app.CreateReader().GetStringAsync(pageB)).Contains(pageA, StringComparison.Ordinal);
        await SaveAsync(async db => (await db.Articles.SingleAsync(x => x.Id == a.Id)).Headline = a.Headline + " (ralat)");
        Assert.False(await IsHitAsync(pageA));
        Assert.False(await IsHitAsync(section1));
        Assert.False(await IsHitAsync(tag1));
        Assert.False(await IsHitAsync(author1));
        Assert.False(await IsHitAsync("/"));
        Assert.Contains(a.Headline + " (ralat)", await app.CreateReader().GetStringAsync(section1), StringComparison.Ordinal);
        Assert.Equal(!bShowsA, await IsHitAsync(pageB));
        Assert.True(await IsHitAsync(section2));
        Assert.True(await IsHitAsync(tag2));
        Assert.True(await IsHitAsync(author2));

        // Publishing a story: the lists it joins are fresh and show it; the first story's lists stay cached.
        await WarmAsync(all);
        var c = await An.Article().In(s2).By(u2).Tagged($"dua {marker}").WithStatus(ArticleStatus.Draft).SaveAsync(app);
        Assert.True(await IsHitAsync(section2)); // a draft shows nowhere
        await SaveAsync(async db => (await db.Articles.SingleAsync(x => x.Id == c.Id)).Status = ArticleStatus.Published);
        foreach (var list in new[] { "/", section2, tag2, author2, "/feed/", section2 + "feed/" })
            Assert.Contains(c.Headline, await app.CreateReader().GetStringAsync(list), StringComparison.Ordinal);
        Assert.True(await IsHitAsync(section1));
        Assert.True(await IsHitAsync(tag1));
        Assert.True(await IsHitAsync(author1));

        // A new story saved published at once (the editor's "Terbitkan" on a new story) joins its tag's cached page too:
        // its link to an existing tag carries the new story's key only in the change tracker.
        await WarmAsync(tag2, author2, section2);
        var d = await An.Article().In(s2).By(u2).Tagged($"dua {marker}").SaveAsync(app);
        foreach (var list in new[] { section2, tag2, author2 })
            Assert.Contains(d.Headline, await app.CreateReader().GetStringAsync(list), StringComparison.Ordinal);
        Assert.True(await IsHitAsync(tag1));

        // Unpublishing it takes it off those lists at once.
        await WarmAsync(section2, tag2);
        await SaveAsync(async db => (await db.Articles.SingleAsync(x => x.Id == c.Id)).Status = ArticleStatus.Unpublished);
        Assert.DoesNotContain(c.Headline, await app.CreateReader().GetStringAsync(section2), StringComparison.Ordinal);
        Assert.DoesNotContain(c.Headline, await app.CreateReader().GetStringAsync(tag2), StringComparison.Ordinal);
        Assert.True(await IsHitAsync(section1));

        // Approving a comment: the story's page shows it at once; a held one changes nothing anyone else sees.
        await WarmAsync(all);
        await SaveAsync(db =>
        {
            db.Comments.Add(new Comment { ArticleId = b.Id, AuthorName = "Menunggu", AuthorEmail = "tunggu@contoh.id", Text = "Belum.", Status = CommentStatus.Pending, CreatedAt = DateTime.UtcNow });
            return Task.CompletedTask;
        });
        Assert.True(await IsHitAsync(pageB));
        var aShowsB = (await app.CreateReader().GetStringAsync(pageA)).Contains(pageB, StringComparison.Ordinal);
        await SaveAsync(async db => (await db.Comments.SingleAsync(x => x.ArticleId == b.Id)).Status = CommentStatus.Approved);
        Assert.Contains("Belum.", await app.CreateReader().GetStringAsync(pageB), StringComparison.Ordinal);
        Assert.Equal(!aShowsB, await IsHitAsync(pageA));
        Assert.True(await IsHitAsync(section1));

        // Renaming a section changes the navigation on every page.
        await WarmAsync(all);
        await SaveAsync(async db => (await db.Sections.SingleAsync(x => x.Id == s2.Id)).Name = "Rubrik Baru " + marker);
        Assert.False(await IsHitAsync(pageA));
        Assert.False(await IsHitAsync(tag1));
    }

    [Fact]
    public async Task ConditionalRequests_Get304_ForTheStrongETagOfWhatWasSent()
    {
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);
        var first = await app.CreateReader().GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Contains("s-maxage=", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("stale-while-revalidate=", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        async Task<HttpResponseMessage> RevalidateAsync(string? encoding = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag);
            if (encoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            return await app.CreateReader().SendAsync(request);
        }

        var cached = await RevalidateAsync();
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
        Assert.Equal(etag, cached.Headers.ETag);
        Assert.Empty(await cached.Content.ReadAsByteArrayAsync());

        // Brotli is another representation: another ETag, so the uncompressed one does not match it.
        var brotli = await RevalidateAsync("br");
        Assert.Equal(HttpStatusCode.OK, brotli.StatusCode);
        Assert.Equal("br", brotli.Content.Headers.ContentEncoding.Single());
        Assert.NotEqual(etag, brotli.Headers.ETag);

        // After a change the page is new, and so is its ETag.
        await app.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == article.Id)).Dek = "Ringkasan baru.";
            return await db.SaveChangesAsync();
        });
        var changed = await RevalidateAsync();
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task StaffAndCommentersWithAHeldComment_NeverGetTheSharedPage_NorLeaveTheirsInIt()
    {
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);
        await WarmAsync(url);

        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var staffPage = await editor.GetAsync(url);
        Assert.Null(staffPage.Headers.Age);
        Assert.True(staffPage.Headers.CacheControl?.NoStore);
        var staffHtml = Html.Parse(await staffPage.Content.ReadAsStringAsync());
        Assert.NotNull(staffHtml.QuerySelector("form.comment-form input[name=__RequestVerificationToken]"));

        // A first-time commenter's comment is held: only they see it, on a page made for them.
        var commenter = app.CreateReader();
        await commenter.PostCommentAsync(url, "Komentar pertama saya, masih ditahan.");
        var own = await commenter.GetAsync(url);
        Assert.Null(own.Headers.Age);
        Assert.Contains("Komentar pertama saya", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var everyoneElse = await app.CreateReader().GetAsync(url);
        Assert.NotNull(everyoneElse.Headers.Age);
        var shared = await everyoneElse.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Komentar pertama saya", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("Set-Cookie", everyoneElse.Headers.Select(h => h.Key));
    }

    [Fact]
    public async Task AnArticleWithTwentyComments_IsUnder40KilobytesOfHtml()
    {
        var article = await An.Article().WithBody(string.Join("\n\n", Enumerable.Repeat(
            "Pemerintah daerah menyiapkan posko pengungsian di tiga kelurahan dan meminta warga di bantaran sungai tetap waspada " +
            "terhadap kenaikan air pada malam hari, sementara petugas memeriksa tanggul yang retak sejak pekan lalu.", 12))).SaveAsync(app);
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 20; i++)
                db.Comments.Add(new Comment
                {
                    ArticleId = article.Id, AuthorName = $"Pembaca Setia {i}", AuthorEmail = $"p{i}@contoh.id", Status = CommentStatus.Approved,
                    CreatedAt = DateTime.UtcNow.AddMinutes(i - 30),
                    Text = "Terima kasih atas liputannya. Semoga bantuan cepat sampai ke warga yang mengungsi dan tanggul segera diperbaiki sebelum musim hujan mencapai puncaknya.",
                });
            return await db.SaveChangesAsync();
        });

        var html = await app.CreateReader().GetByteArrayAsync(WartaApp.UrlOf(article));

        Assert.Equal(20, Html.Parse(System.Text.Encoding.UTF8.GetString(html)).QuerySelectorAll(".comment-text").Length);
        Assert.True(html.Length < 40 * 1024, $"{html.Length} bytes");
    }
}

/// <summary>The purge hook a CDN or script calls, in an app with a key configured.</summary>
public class CachePurgeHookTests(CachePurgeHookTests.KeyedApp app) : IClassFixture<CachePurgeHookTests.KeyedApp>
{
    public sealed class KeyedApp : WartaApp
    {
        public const string Key = "kunci-uji-pembersih-cache";

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Warta:Cache:PurgeKey", Key);
            builder.UseSetting("Warta:Cache:CacheTagHeader", "true");
        }
    }

    [Fact]
    public async Task ThePurgeHook_WantsTheKey_AndEvictsTheTagsItIsGiven()
    {
        var (s1, s2) = (await A.Section().SaveAsync(app), await A.Section().SaveAsync(app));
        var (a, b) = (await An.Article().In(s1).SaveAsync(app), await An.Article().In(s2).SaveAsync(app));
        // Section pages list only their own stories, so only the first lists A.
        var (urlA, urlB) = ($"/rubrik/{s1.Slug}/", $"/rubrik/{s2.Slug}/");
        foreach (var url in new[] { urlA, urlB, urlA, urlB }) await app.CreateReader().GetAsync(url);
        var tags = (await app.CreateReader().GetAsync(urlA)).Headers.GetValues("Cache-Tag").Single();
        Assert.Contains($"article-{a.Id}", tags.Split(','));

        var client = app.CreateReader();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync($"/_cache/purge?tag=article-{a.Id}", null)).StatusCode);
        Assert.NotNull((await app.CreateReader().GetAsync(urlA)).Headers.Age);

        using var purge = new HttpRequestMessage(HttpMethod.Post, $"/_cache/purge?tag=article-{a.Id}");
        purge.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", KeyedApp.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(purge)).StatusCode);

        Assert.Null((await app.CreateReader().GetAsync(urlA)).Headers.Age);
        Assert.NotNull((await app.CreateReader().GetAsync(urlB)).Headers.Age);
    }

    [Fact]
    public async Task WithoutAKey_ThereIsNoHook()
    {
        using var plain = new WartaApp();
        Assert.Equal(HttpStatusCode.NotFound, (await plain.CreateReader().PostAsync("/_cache/purge", null)).StatusCode);
    }
}
