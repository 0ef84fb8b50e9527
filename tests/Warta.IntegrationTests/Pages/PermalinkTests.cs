using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Warta.IntegrationTests.Pages;

public class PermalinkTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task Permalink_IsDatedInWib_EvenWhenUtcIsStillTheDayBefore()
    {
        // 17:30 UTC on 30 June is 00:30 WIB on 1 July.
        var article = await An.Article().PublishedAt(new DateTime(2024, 6, 30, 17, 30, 0, DateTimeKind.Utc)).SaveAsync(app);

        var response = await app.CreateReader().GetAsync($"/2024/07/01/{article.Slug}/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Permalink_WithTheWrongDate_RedirectsToTheRightOne()
    {
        var article = await An.Article().PublishedAt(new DateTime(2024, 3, 5, 3, 0, 0, DateTimeKind.Utc)).SaveAsync(app);

        var response = await app.CreateReader().GetAsync($"/2023/01/01/{article.Slug}/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/2024/03/05/{article.Slug}/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task ChangedSlug_OldUrlAnswers301ToTheNewOne()
    {
        var article = await An.Article().PublishedAt(new DateTime(2024, 8, 17, 2, 0, 0, DateTimeKind.Utc)).SaveAsync(app);
        var oldUrl = WartaApp.UrlOf(article);
        var newSlug = article.Slug + "-diperbarui";
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Articles.Include(a => a.Redirects).SingleAsync(a => a.Id == article.Id);
            stored.ChangeSlug(newSlug, WartaApp.Wib, DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        var client = app.CreateReader();

        var response = await client.GetAsync(oldUrl);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/2024/08/17/{newSlug}/", response.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/2024/08/17/{newSlug}/")).StatusCode);
    }

    [Fact]
    public async Task ChangedSlug_ThenUnpublished_OldUrlGives404()
    {
        var article = await An.Article().SaveAsync(app);
        var oldUrl = WartaApp.UrlOf(article);
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Articles.Include(a => a.Redirects).SingleAsync(a => a.Id == article.Id);
            stored.ChangeSlug(article.Slug + "-baru", WartaApp.Wib, DateTime.UtcNow);
            stored.Status = Web.Articles.ArticleStatus.Unpublished;
            await db.SaveChangesAsync();
        });

        var response = await app.CreateReader().GetAsync(oldUrl);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UrlWithoutTrailingSlash_RedirectsToTheSlashedOne()
    {
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);

        var response = await app.CreateReader().GetAsync(url.TrimEnd('/') + "?utm_source=x");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(url + "?utm_source=x", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("/2024/06/19/tidak-ada-artikel-ini/")]
    [InlineData("/2024/6/19/slug/")]
    [InlineData("/24/06/19/slug/")]
    public async Task UnknownOrMalformedPermalink_Gives404(string url)
    {
        var response = await app.CreateReader().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
