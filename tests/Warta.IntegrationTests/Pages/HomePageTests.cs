using System.Net;

namespace Warta.IntegrationTests.Pages;

public class HomePageTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task Home_ShowsNewestArticleAsHeadline_AndABlockPerSection()
    {
        var section = await A.Section().Named($"Rubrik Beranda {Guid.NewGuid():N}"[..24]).SaveAsync(app);
        var older = await An.Article().In(section).PublishedAt(DateTime.UtcNow.AddHours(-3)).SaveAsync(app);
        var newest = await An.Article().In(section).WithDek("Subjudul berita utama.").PublishedAt(DateTime.UtcNow.AddMinutes(-1)).SaveAsync(app);

        var (response, page) = await app.CreateReader().GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(newest.Headline, page.Text(".top-story-headline"));
        Assert.Equal("Subjudul berita utama.", page.Text(".top-story .dek"));
        var block = page.QuerySelector($"#section-{section.Slug}")?.ParentElement;
        Assert.NotNull(block);
        Assert.Contains(older.Headline, block.TextContent, StringComparison.Ordinal);
        Assert.Equal(section.Name, page.Text($"#section-{section.Slug}"));
    }

    [Fact]
    public async Task Home_NeverShowsDraftsOrFutureArticles()
    {
        var draft = await An.Article().WithStatus(Web.Articles.ArticleStatus.Draft).PublishedAt(DateTime.UtcNow).SaveAsync(app);
        var future = await An.Article().PublishedAt(DateTime.UtcNow.AddDays(1)).SaveAsync(app);

        var html = await app.CreateReader().GetStringAsync("/");

        Assert.DoesNotContain(draft.Headline, html, StringComparison.Ordinal);
        Assert.DoesNotContain(future.Headline, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_PaginatesOlderArticles_WithPageLinksAndRelNext()
    {
        var section = await A.Section().SaveAsync(app);
        for (var i = 0; i < 12; i++) await An.Article().In(section).PublishedAt(DateTime.UtcNow.AddDays(-30).AddMinutes(i)).SaveAsync(app);
        var client = app.CreateReader();

        var (_, first) = await client.GetPageAsync("/");
        var next = first.QuerySelector("link[rel=next]")?.GetAttribute("href");
        Assert.EndsWith("/page/2/", next, StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("link[rel=prev]"));
        Assert.NotNull(first.QuerySelector(".pager a[href='/page/2/']"));

        var (secondResponse, second) = await client.GetPageAsync("/page/2/");
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.EndsWith("/page/2/", second.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith("/", second.QuerySelector("link[rel=prev]")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotEmpty(second.QuerySelectorAll(".article-list .card"));
    }

    [Theory]
    [InlineData("/page/0/")]
    [InlineData("/page/-1/")]
    [InlineData("/page/abc/")]
    [InlineData("/page/99999/")]
    [InlineData("/page/99999999999999999999/")]
    public async Task Home_BadPageNumbers_Give404(string url)
    {
        await An.Article().SaveAsync(app);

        var response = await app.CreateReader().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Home_PageOne_RedirectsToHome()
    {
        var response = await app.CreateReader().GetAsync("/page/1/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task EveryReaderPage_HasACanonicalLink_AndBackToTop()
    {
        var article = await An.Article().SaveAsync(app);

        foreach (var url in new[] { "/", WartaApp.UrlOf(article) })
        {
            var (_, page) = await app.CreateReader().GetPageAsync(url);
            Assert.NotNull(page.QuerySelector("link[rel=canonical]"));
            var top = page.QuerySelector("a.back-to-top");
            Assert.Equal("#top", top?.GetAttribute("href"));
            Assert.NotNull(page.GetElementById("top"));
        }
    }
}
