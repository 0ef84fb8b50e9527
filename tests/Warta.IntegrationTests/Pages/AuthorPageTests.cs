using System.Net;

namespace Warta.IntegrationTests.Pages;

/// <summary>Staff without published work are named nowhere public.</summary>
public class AuthorPageTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task AnAuthorWithoutPublishedWork_HasNoPage_NoFeed_AndNoSitemapEntry_UntilAStoryIsOut()
    {
        var quiet = await An.Author().Named("Moderator Pendiam " + Guid.NewGuid().ToString("N")[..6]).SaveAsync(app);
        await An.Article().By(quiet).WithStatus(Warta.Web.Articles.ArticleStatus.Draft).SaveAsync(app);
        var reader = app.CreateReader();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/penulis/{quiet.Slug}/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/penulis/{quiet.Slug}/feed/")).StatusCode);
        Assert.DoesNotContain(quiet.Slug, await reader.GetStringAsync("/sitemap-authors.xml"), StringComparison.Ordinal);

        await An.Article().By(quiet).SaveAsync(app);

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/penulis/{quiet.Slug}/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/penulis/{quiet.Slug}/feed/")).StatusCode);
    }
}
