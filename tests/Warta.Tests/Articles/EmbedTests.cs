using AngleSharp.Html.Parser;
using Microsoft.Extensions.Caching.Memory;
using Warta.Web.Articles;
using Warta.Web.Articles.Body;

namespace Warta.Tests.Articles;

/// <summary>A provider's address alone in its paragraph becomes a click-to-load card; anything else stays a link.</summary>
public class EmbedTests
{
    private static readonly BodyRenderer Renderer = new(new BodySanitizer(), new MemoryCache(new MemoryCacheOptions()));

    private static AngleSharp.Html.Dom.IHtmlDocument Render(string body, BodyFormat format = BodyFormat.Markdown) =>
        new HtmlParser().ParseDocument(string.Concat(Renderer.Render(body, format).Parts));

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "/sematan/youtube/dQw4w9WgXcQ/")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?t=42", "youtube", "/sematan/youtube/dQw4w9WgXcQ/")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "/sematan/youtube/dQw4w9WgXcQ/")]
    [InlineData("https://x.com/BMKGgempa/status/1864000000000000001", "x", "/sematan/x/1864000000000000001/")]
    [InlineData("https://twitter.com/BMKGgempa/status/1864000000000000001?s=20", "x", "/sematan/x/1864000000000000001/")]
    [InlineData("https://www.instagram.com/p/C9abcDEfgH1/", "instagram", "/sematan/instagram/C9abcDEfgH1/")]
    [InlineData("https://www.instagram.com/reel/C9abcDEfgH1/?igsh=xyz", "instagram", "/sematan/instagram/C9abcDEfgH1/")]
    [InlineData("https://www.tiktok.com/@kabar.kota/video/7345678901234567890", "tiktok", "/sematan/tiktok/7345678901234567890/")]
    [InlineData("https://www.facebook.com/kabarkota/posts/pfbid02abc", "facebook", "/sematan/facebook/kabarkota/posts/pfbid02abc/")]
    public void AnAddressOnItsOwnLine_BecomesACard_WithNothingLoadedFromTheProvider(string address, string provider, string player)
    {
        var page = Render($"Paragraf sebelum.\n\n{address}\n\nParagraf sesudah.");

        var figure = Assert.Single(page.QuerySelectorAll("figure.embed"));
        Assert.Equal($"embed embed-{provider}", figure.ClassName);
        Assert.Equal(player, figure.GetAttribute("data-player"));
        Assert.Equal(address, figure.QuerySelector("a.embed-card")?.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("iframe, script, img"));
        Assert.Equal(2, page.QuerySelectorAll("p").Length);
    }

    [Fact]
    public void TheLinksOwnWords_AreTheCardsTitle()
    {
        var page = Render("[Pidato lengkap presiden di DPR](https://www.youtube.com/watch?v=dQw4w9WgXcQ)");

        Assert.Equal("Pidato lengkap presiden di DPR", page.QuerySelector("figure.embed .embed-title")?.TextContent);
        Assert.Equal("YouTube", page.QuerySelector("figure.embed .embed-provider")?.TextContent);
    }

    [Fact]
    public void WordPressEmbedBlocks_AndAutoEmbedLines_BecomeCardsToo()
    {
        var page = Render("""
            <figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">
            https://youtu.be/dQw4w9WgXcQ
            </div></figure>
            <p>https://x.com/BMKGgempa/status/1864000000000000001</p>
            """, BodyFormat.Html);

        Assert.Equal(["/sematan/youtube/dQw4w9WgXcQ/", "/sematan/x/1864000000000000001/"],
            page.QuerySelectorAll("figure.embed").Select(f => f.GetAttribute("data-player")));
        Assert.Empty(page.QuerySelectorAll("figure.embed figure"));
    }

    [Theory]
    [InlineData("Tonton di https://youtu.be/dQw4w9WgXcQ sebelum sidang.")]         // inside a sentence
    [InlineData("https://vimeo.com/123456789")]                                   // not a provider we embed
    [InlineData("https://youtube.com.tipu.example/watch?v=dQw4w9WgXcQ")]          // a look-alike host
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ\"onmouseover=x")]     // not an id
    public void AnythingElse_StaysWhatItWas(string line)
    {
        var page = Render(line);

        Assert.Empty(page.QuerySelectorAll("figure.embed"));
    }
}
