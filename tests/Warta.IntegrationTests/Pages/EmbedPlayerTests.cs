using System.Net;

namespace Warta.IntegrationTests.Pages;

/// <summary>The story keeps its own-origin policy; only the same-origin player page lets in one provider's frame.</summary>
public class EmbedPlayerTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task AStoryWithAnEmbed_ShowsACard_AndItsPolicyStillAllowsNoThirdParty()
    {
        var story = await An.Article().WithBody("Rekaman sidang:\n\nhttps://youtu.be/dQw4w9WgXcQ\n").SaveAsync(app);

        var (response, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(story));

        Assert.Equal("/sematan/youtube/dQw4w9WgXcQ/", page.QuerySelector("figure.embed")?.GetAttribute("data-player"));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("youtube", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sematan/youtube/dQw4w9WgXcQ/", "https://www.youtube-nocookie.com", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("/sematan/x/1864000000000000001/", "https://platform.twitter.com", "https://platform.twitter.com/embed/Tweet.html?id=1864000000000000001&amp;dnt=true")]
    [InlineData("/sematan/facebook/kabarkota/posts/pfbid02abc/", "https://www.facebook.com", "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fkabarkota%2Fposts%2Fpfbid02abc")]
    public async Task ThePlayerPage_FramesThatOneProvider_AndOnlyIt(string path, string origin, string player)
    {
        var response = await app.CreateReader().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith($"default-src 'none'; frame-src {origin}; ", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.Contains($"<iframe src=\"{player}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sematan/youtube/terlalu-pendek/")]
    [InlineData("/sematan/youtube/%22%3E%3Cscript%3E/")]
    [InlineData("/sematan/vimeo/123456789/")]
    [InlineData("/sematan/facebook/..%2F..%2Fevil/posts/1/")]
    [InlineData("/sematan/x/bukan-angka/")]
    public async Task AnythingButACheckedId_IsNotFound(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync(path)).StatusCode);
    }
}
