using System.Text.Json;

namespace Warta.IntegrationTests.Discovery;

public class MetadataTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task ArticlePage_CarriesNewsArticleJsonLd_WithEveryRequiredProperty()
    {
        var section = await A.Section().SaveAsync(app);
        var author = await An.Author().SaveAsync(app);
        var article = await An.Article().In(section).By(author).WithDek("Deskripsi singkat.")
            .WithImage("/media/uji/foto.jpg", "Foto").Tagged("Meta")
            .PublishedAt(new DateTime(2024, 6, 19, 1, 15, 0, DateTimeKind.Utc))
            .UpdatedAt(new DateTime(2024, 6, 19, 4, 0, 0, DateTimeKind.Utc)).SaveAsync(app);

        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));
        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        var news = json.EnumerateArray().Single(e => e.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal(article.Headline, news.GetProperty("headline").GetString());
        Assert.Equal("Deskripsi singkat.", news.GetProperty("description").GetString());
        Assert.Equal("http://localhost/media/uji/foto.jpg", news.GetProperty("image")[0].GetString());
        Assert.Equal("2024-06-19T08:15:00+07:00", news.GetProperty("datePublished").GetString());
        Assert.Equal("2024-06-19T11:00:00+07:00", news.GetProperty("dateModified").GetString());
        var person = news.GetProperty("author")[0];
        Assert.Equal("Person", person.GetProperty("@type").GetString());
        Assert.Equal(author.Name, person.GetProperty("name").GetString());
        Assert.Equal($"http://localhost/penulis/{author.Slug}/", person.GetProperty("url").GetString());
        var publisher = news.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal("Warta", publisher.GetProperty("name").GetString());
        Assert.StartsWith("http://localhost/", publisher.GetProperty("logo").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("http://localhost" + WartaApp.UrlOf(article), news.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());

        var crumbs = json.EnumerateArray().Single(e => e.GetProperty("@type").GetString() == "BreadcrumbList").GetProperty("itemListElement");
        Assert.Equal(["Warta", section.Name, article.Headline], crumbs.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal([1, 2, 3], crumbs.EnumerateArray().Select(c => c.GetProperty("position").GetInt32()));
    }

    [Fact]
    public async Task JsonLd_CannotBeBrokenOutOf_ByAHeadline()
    {
        var article = await An.Article().Titled($"Judul </script><script>alert(1)</script> {Guid.NewGuid():N}"[..50]).SaveAsync(app);

        var html = await app.CreateReader().GetStringAsync(WartaApp.UrlOf(article));

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        var page = Html.Parse(html);
        Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
    }

    [Fact]
    public async Task ArticlePage_HasOpenGraphAndTwitterCard()
    {
        var article = await An.Article().WithDek("Deskripsi OG.").WithImage("/media/uji/og.jpg", "Foto").Tagged("OG").SaveAsync(app);

        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));
        string? Meta(string property) => page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

        Assert.Equal("article", Meta("og:type"));
        Assert.Equal(article.Headline, Meta("og:title"));
        Assert.Equal("Deskripsi OG.", Meta("og:description"));
        Assert.Equal("http://localhost" + WartaApp.UrlOf(article), Meta("og:url"));
        Assert.Equal("http://localhost/media/uji/og.jpg", Meta("og:image"));
        Assert.Equal("id_ID", Meta("og:locale"));
        Assert.Equal("summary_large_image", Meta("twitter:card"));
        Assert.EndsWith("+07:00", Meta("article:published_time"), StringComparison.Ordinal);
        Assert.Equal("OG", Meta("article:tag"));
    }

    [Fact]
    public async Task ListingPages_OfferTheirFeed_AndAreWebsites()
    {
        var section = await A.Section().SaveAsync(app);
        await An.Article().In(section).SaveAsync(app);

        var (_, page) = await app.CreateReader().GetPageAsync($"/rubrik/{section.Slug}/");

        Assert.Equal("website", page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        var feeds = page.QuerySelectorAll("link[rel=alternate][type='application/rss+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains("/feed/", feeds);
        Assert.Contains($"/rubrik/{section.Slug}/feed/", feeds);
    }
}
