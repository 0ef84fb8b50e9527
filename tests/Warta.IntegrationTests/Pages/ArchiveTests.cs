using System.Net;

namespace Warta.IntegrationTests.Pages;

public class ArchiveTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task DateArchives_ListWhatWasPublishedThatYearMonthAndDay_InWib()
    {
        // 17:30 UTC on 31 January 2019 is already 1 February in WIB.
        var lateJanuaryUtc = await An.Article().PublishedAt(new DateTime(2019, 1, 31, 17, 30, 0, DateTimeKind.Utc)).SaveAsync(app);
        var midJanuary = await An.Article().PublishedAt(new DateTime(2019, 1, 15, 2, 0, 0, DateTimeKind.Utc)).SaveAsync(app);
        var client = app.CreateReader();

        async Task<List<string>> Listed(string url)
        {
            var (response, page) = await client.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return page.QuerySelectorAll(".article-list h3 a").Select(a => a.TextContent).ToList();
        }

        Assert.Equal([lateJanuaryUtc.Headline, midJanuary.Headline], await Listed("/2019/"));
        Assert.Equal([midJanuary.Headline], await Listed("/2019/01/"));
        Assert.Equal([lateJanuaryUtc.Headline], await Listed("/2019/02/"));
        Assert.Equal([lateJanuaryUtc.Headline], await Listed("/2019/02/01/"));
        Assert.Equal([midJanuary.Headline], await Listed("/2019/01/15/"));
    }

    [Fact]
    public async Task DateArchive_IsTitledInTheSiteLanguage()
    {
        await An.Article().PublishedAt(new DateTime(2018, 8, 17, 3, 0, 0, DateTimeKind.Utc)).SaveAsync(app);

        var (_, page) = await app.CreateReader().GetPageAsync("/2018/08/");

        Assert.Equal("Arsip Agustus 2018", page.Text("h1"));
    }

    [Fact]
    public async Task DateArchive_Paginates()
    {
        for (var i = 0; i < 11; i++) await An.Article().PublishedAt(new DateTime(2017, 5, 2, i, 0, 0, DateTimeKind.Utc)).SaveAsync(app);
        var client = app.CreateReader();

        var (_, first) = await client.GetPageAsync("/2017/05/02/");
        var (secondResponse, second) = await client.GetPageAsync("/2017/05/02/page/2/");

        Assert.EndsWith("/2017/05/02/page/2/", first.QuerySelector("link[rel=next]")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.Single(second.QuerySelectorAll(".article-list .card"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/2017/page/2/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/2017/05/page/2/")).StatusCode);
    }

    [Theory]
    [InlineData("/2024/13/")]
    [InlineData("/2024/00/")]
    [InlineData("/2023/02/29/")]
    [InlineData("/2024/02/30/")]
    [InlineData("/2024/04/31/")]
    [InlineData("/2024/06/32/")]
    [InlineData("/0000/")]
    [InlineData("/2024/6/")]
    [InlineData("/2024/06/1/")]
    [InlineData("/99999/")]
    [InlineData("/1999/")]
    [InlineData("/2024/06/19/page/0/")]
    public async Task MalformedOrEmptyDates_Give404_Never500(string url)
    {
        var response = await app.CreateReader().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
