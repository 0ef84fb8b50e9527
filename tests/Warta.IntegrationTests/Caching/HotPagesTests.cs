using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Caching;

namespace Warta.IntegrationTests.Caching;

/// <summary>
/// Pages the output cache has served from memory are answered again in front of it, with the same status, headers
/// and bytes, and never once a change has evicted them, past the output cache's own entry, or to a request the
/// output cache would not share (conditional, personal, HEAD).
/// </summary>
public class HotPagesTests(HotPagesTests.ShortLivedPages app) : IClassFixture<HotPagesTests.ShortLivedPages>
{
    /// <summary>Pages kept five seconds, so a test can see a copy go before the output cache's entry does.</summary>
    public sealed class ShortLivedPages : WartaApp
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Warta:Cache:LifetimeSeconds"] = "5" };
    }

    private HotPages Hot => app.Services.GetRequiredService<HotPages>();

    private async Task<HttpResponseMessage> GetAsync(string url, string? encoding = null, Action<HttpRequestMessage>? with = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        with?.Invoke(request);
        return await app.CreateReader().SendAsync(request);
    }

    /// <summary>
    /// Requests the page until a copy is held, and returns the answer that was copied (the output cache's). Any change
    /// anywhere in the site (another test's story, the change feed, "Terpopuler") drops every copy, so one more request
    /// may be needed.
    /// </summary>
    private async Task<HttpResponseMessage> WarmAsync(string url, string? encoding = null)
    {
        for (var i = 0; i < 50; i++)
        {
            var response = await GetAsync(url, encoding);
            if (Hot.Holds(url, encoding ?? "")) return response;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException(url + " was never held");
    }

    private static Dictionary<string, string> HeadersOf(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key is not ("Date" or "Age"))
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value));

    [Fact]
    public async Task APageServedFromTheOutputCache_IsAnsweredAgainWithoutIt_ByteForByte_PerEncoding()
    {
        var url = WartaApp.UrlOf(await An.Article().SaveAsync(app));
        var rendered = await GetAsync(url, "br");                 // rendered and stored
        Assert.Null(rendered.Headers.Age);
        Assert.False(Hot.Holds(url, "br"));
        HttpResponseMessage fromOutputCache, fromHotPages;
        var attempts = 0;
        do
        {
            fromOutputCache = await WarmAsync(url, "br");         // the output cache's answer, copied
            Assert.NotNull(fromOutputCache.Headers.Age);
            Assert.False(Hot.Holds(url, ""));                      // each encoding is its own page
            // The output cache loses its entry without any change (memory pressure): the copy still answers, as it was.
            await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(CacheTags.Site, CancellationToken.None);
            fromHotPages = await GetAsync(url, "br");
        }
        while (!Hot.Holds(url, "br") && ++attempts < 5);               // a change elsewhere dropped the copy meanwhile: again
        Assert.Equal(HttpStatusCode.OK, fromHotPages.StatusCode);
        Assert.NotNull(fromHotPages.Headers.Age);
        Assert.Equal(HeadersOf(fromOutputCache), HeadersOf(fromHotPages));
        Assert.Equal(await fromOutputCache.Content.ReadAsByteArrayAsync(), await fromHotPages.Content.ReadAsByteArrayAsync());
        Assert.Equal("br", Assert.Single(fromHotPages.Content.Headers.ContentEncoding));
        Assert.Contains("nosniff", HeadersOf(fromHotPages)["X-Content-Type-Options"], StringComparison.Ordinal);
        Assert.False(HeadersOf(fromHotPages).ContainsKey("X-Warta-Article-View")); // the internal header never goes out
    }

    [Fact]
    public async Task AChange_ReachesReadersAtOnce()
    {
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);
        await WarmAsync(url);

        await app.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == article.Id)).Headline = article.Headline + " (diperbarui)";
            await db.SaveChangesAsync();
        });

        Assert.False(Hot.Holds(url));
        Assert.Contains(article.Headline + " (diperbarui)", await (await GetAsync(url)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACopy_GoesBeforeTheOutputCachesEntry()
    {
        var url = WartaApp.UrlOf(await An.Article().SaveAsync(app));
        await WarmAsync(url);
        // Pages live five seconds here; a copy made from an entry up to a second old goes a second before the entry can.
        await Task.Delay(TimeSpan.FromSeconds(4.2));
        Assert.False(Hot.Holds(url));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task ConditionalPersonalAndHeadRequests_GoOnToTheOutputCacheOrThePage()
    {
        var url = WartaApp.UrlOf(await An.Article().SaveAsync(app));
        var etag = (await WarmAsync(url)).Headers.ETag!.Tag;
        Assert.Equal(etag, (await GetAsync(url)).Headers.ETag!.Tag);

        var revalidated = await GetAsync(url, with: r => r.Headers.TryAddWithoutValidation("If-None-Match", etag));
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());

        var staff = await GetAsync(url, with: r => r.Headers.TryAddWithoutValidation("Cookie", SharedPages.StaffCookie + "=bukan-sesi"));
        Assert.Null(staff.Headers.Age);
        Assert.True(staff.Headers.CacheControl!.NoStore);

        using var head = new HttpRequestMessage(HttpMethod.Head, url);
        var headResponse = await app.CreateReader().SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, headResponse.StatusCode);
        Assert.Empty(await headResponse.Content.ReadAsByteArrayAsync());
    }
}
