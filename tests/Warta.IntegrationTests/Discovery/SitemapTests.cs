using System.Net;
using System.Xml.Linq;

namespace Warta.IntegrationTests.Discovery;

public class SitemapTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    private async Task<XDocument> LoadAsync(string url)
    {
        var response = await app.CreateReader().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Index_ListsMonthlyAndListingSitemaps_EachOfWhichLoads()
    {
        var author = await An.Author().SaveAsync(app);
        await An.Article().By(author).Tagged("Peta Situs").PublishedAt(new DateTime(2025, 3, 10, 3, 0, 0, DateTimeKind.Utc)).SaveAsync(app);

        var index = await LoadAsync("/sitemap.xml");

        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        var locations = index.Root.Elements(Sm + "sitemap").Select(s => (string)s.Element(Sm + "loc")!).ToList();
        Assert.Contains("http://localhost/sitemap-articles-2025-03.xml", locations);
        foreach (var kind in new[] { "sections", "tags", "authors", "news" }) Assert.Contains($"http://localhost/sitemap-{kind}.xml", locations);
        foreach (var location in locations)
        {
            var sitemap = await LoadAsync(new Uri(location).PathAndQuery);
            Assert.Equal(Sm + "urlset", sitemap.Root!.Name);
        }
    }

    [Fact]
    public async Task MonthlySitemap_ListsThatMonthsArticles_ByWibDate()
    {
        // 17:30 UTC on 31 May is 00:30 WIB on 1 June.
        var june = await An.Article().PublishedAt(new DateTime(2024, 5, 31, 17, 30, 0, DateTimeKind.Utc)).SaveAsync(app);
        var may = await An.Article().PublishedAt(new DateTime(2024, 5, 31, 16, 30, 0, DateTimeKind.Utc))
            .UpdatedAt(new DateTime(2024, 6, 2, 1, 0, 0, DateTimeKind.Utc)).SaveAsync(app);

        var juneMap = await LoadAsync("/sitemap-articles-2024-06.xml");
        var mayMap = await LoadAsync("/sitemap-articles-2024-05.xml");

        Assert.Contains(juneMap.Descendants(Sm + "loc"), l => l.Value == "http://localhost" + WartaApp.UrlOf(june));
        var mayEntry = mayMap.Descendants(Sm + "url").Single(u => (string)u.Element(Sm + "loc")! == "http://localhost" + WartaApp.UrlOf(may));
        Assert.Equal("2024-06-02T08:00:00+07:00", (string)mayEntry.Element(Sm + "lastmod")!);
    }

    [Fact]
    public async Task NewsSitemap_HasTheLast48Hours_WithPublicationNameLanguageAndTitle()
    {
        var fresh = await An.Article().InLanguage("en").PublishedAt(DateTime.UtcNow.AddHours(-5)).SaveAsync(app);
        var old = await An.Article().PublishedAt(DateTime.UtcNow.AddHours(-49)).SaveAsync(app);

        var news = await LoadAsync("/sitemap-news.xml");

        var entry = news.Descendants(Sm + "url").Single(u => (string)u.Element(Sm + "loc")! == "http://localhost" + WartaApp.UrlOf(fresh));
        var item = entry.Element(News + "news")!;
        Assert.Equal("Warta", (string)item.Element(News + "publication")!.Element(News + "name")!);
        Assert.Equal("en", (string)item.Element(News + "publication")!.Element(News + "language")!);
        Assert.Equal(fresh.Headline, (string)item.Element(News + "title")!);
        Assert.EndsWith("+07:00", (string)item.Element(News + "publication_date")!, StringComparison.Ordinal);
        Assert.DoesNotContain(news.Descendants(Sm + "loc"), l => l.Value.Contains(old.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListingSitemaps_HaveSectionsTagsAndAuthorsWithArticles()
    {
        var section = await A.Section().SaveAsync(app);
        var author = await An.Author().SaveAsync(app);
        var idle = await An.Author().SaveAsync(app);
        await An.Article().In(section).By(author).Tagged("Tag Peta").SaveAsync(app);

        var sections = await LoadAsync("/sitemap-sections.xml");
        var tags = await LoadAsync("/sitemap-tags.xml");
        var authors = await LoadAsync("/sitemap-authors.xml");

        Assert.Contains(sections.Descendants(Sm + "loc"), l => l.Value == $"http://localhost/rubrik/{section.Slug}/");
        Assert.Contains(tags.Descendants(Sm + "loc"), l => l.Value == "http://localhost/tag/tag-peta/");
        Assert.Contains(authors.Descendants(Sm + "loc"), l => l.Value == $"http://localhost/penulis/{author.Slug}/");
        Assert.DoesNotContain(authors.Descendants(Sm + "loc"), l => l.Value.Contains(idle.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_PointsToTheSitemaps_AndKeepsCrawlersOutOfTheNewsroom()
    {
        var robots = await app.CreateReader().GetStringAsync("/robots.txt");

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /newsroom/", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sitemap-articles-2024-13.xml")]
    [InlineData("/sitemap-articles-1990-01.xml")]
    [InlineData("/sitemap-articles-abc-01.xml")]
    public async Task MissingOrImpossibleMonth_Gives404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync(url)).StatusCode);
}
