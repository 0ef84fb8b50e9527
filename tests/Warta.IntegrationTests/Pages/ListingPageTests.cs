using System.Net;

namespace Warta.IntegrationTests.Pages;

public class ListingPageTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task SectionPage_ListsItsArticles_NewestFirst_Paginated()
    {
        var section = await A.Section().Described("Kabar dari seluruh penjuru.").SaveAsync(app);
        var headlines = new List<string>();
        for (var i = 0; i < 12; i++) headlines.Add((await An.Article().In(section).PublishedAt(DateTime.UtcNow.AddHours(-i - 1)).SaveAsync(app)).Headline);
        var elsewhere = await An.Article().SaveAsync(app);
        var client = app.CreateReader();
        var url = $"/rubrik/{section.Slug}/";

        var (response, first) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(section.Name, first.Text("h1"));
        Assert.Equal("Kabar dari seluruh penjuru.", first.Text(".intro"));
        Assert.Equal(headlines.Take(10), first.QuerySelectorAll(".article-list h3 a").Select(a => a.TextContent));
        Assert.DoesNotContain(elsewhere.Headline, first.Body!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith($"{url}page/2/", first.QuerySelector("link[rel=next]")?.GetAttribute("href"), StringComparison.Ordinal);

        var (_, second) = await client.GetPageAsync($"{url}page/2/");
        Assert.Equal(headlines.Skip(10), second.QuerySelectorAll(".article-list h3 a").Select(a => a.TextContent));
        Assert.EndsWith(url, second.QuerySelector("link[rel=prev]")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(second.QuerySelector("link[rel=next]"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{url}page/3/")).StatusCode);
    }

    [Fact]
    public async Task TagPage_ListsTaggedArticles()
    {
        var tag = $"Tag Uji {Guid.NewGuid():N}"[..16];
        var tagged = await An.Article().Tagged(tag).SaveAsync(app);
        var untagged = await An.Article().SaveAsync(app);

        var (response, page) = await app.CreateReader().GetPageAsync($"/tag/{Web.Articles.Slug.From(tag)}/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Tag: {tag}", page.Text("h1"));
        var listed = page.QuerySelectorAll(".article-list h3 a").Select(a => a.TextContent).ToList();
        Assert.Contains(tagged.Headline, listed);
        Assert.DoesNotContain(untagged.Headline, listed);
    }

    [Fact]
    public async Task AuthorPage_ShowsBio_AndTheirArticles()
    {
        var author = await An.Author().WithBio("Meliput parlemen sejak 2015.").SaveAsync(app);
        var theirs = await An.Article().By(author).SaveAsync(app);
        var others = await An.Article().SaveAsync(app);

        var (response, page) = await app.CreateReader().GetPageAsync($"/penulis/{author.Slug}/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(author.Name, page.Text("h1"));
        Assert.Equal("Meliput parlemen sejak 2015.", page.Text(".intro"));
        var listed = page.QuerySelectorAll(".article-list h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal([theirs.Headline], listed);
        Assert.DoesNotContain(others.Headline, listed);
    }

    [Theory]
    [InlineData("/rubrik/tidak-ada/")]
    [InlineData("/tag/tidak-ada/")]
    [InlineData("/penulis/tidak-ada/")]
    [InlineData("/rubrik/tidak-ada/page/2/")]
    public async Task UnknownListing_Gives404(string url)
    {
        var response = await app.CreateReader().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
