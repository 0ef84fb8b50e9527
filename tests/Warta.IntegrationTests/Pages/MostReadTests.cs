using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Popular;

namespace Warta.IntegrationTests.Pages;

public class MostReadTests(WartaApp app) : IClassFixture<WartaApp>
{
    private const string Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private async Task ReadAsync(string url, string userAgent, string? purpose = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (purpose is not null) request.Headers.TryAddWithoutValidation("Sec-Purpose", purpose);
        (await app.CreateReader().SendAsync(request)).EnsureSuccessStatusCode();
    }

    private Task<int> StoredViewsAsync(int articleId) =>
        app.WithDbAsync(db => db.ArticleViewCounts.Where(v => v.ArticleId == articleId).SumAsync(v => v.Views));

    [Fact]
    public async Task Views_AreCountedOncePerReader_NotForBotsOrPrefetches_AndWrittenInBatches()
    {
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);

        await ReadAsync(url, Firefox);
        await ReadAsync(url, Firefox);                                   // a reload
        await ReadAsync(url, Firefox + " Pembaca/2");                    // another reader
        await ReadAsync(url, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        await ReadAsync(url, "facebookexternalhit/1.1");
        await ReadAsync(url, Firefox + " Pembaca/3", purpose: "prefetch");
        Assert.Equal(0, await StoredViewsAsync(article.Id));             // nothing written per view

        await app.Services.GetRequiredService<ViewFlusher>().FlushAsync(CancellationToken.None);

        Assert.Equal(2, await StoredViewsAsync(article.Id));
    }

    [Fact]
    public async Task OneAddress_RotatingBrowsers_AddsOnlyAFewViews()
    {
        var article = await An.Article().SaveAsync(app);

        for (var i = 0; i < 25; i++) await ReadAsync(WartaApp.UrlOf(article), $"{Firefox} Palsu/{i}");
        await app.Services.GetRequiredService<ViewFlusher>().FlushAsync(CancellationToken.None);

        Assert.Equal(3, await StoredViewsAsync(article.Id)); // Warta:Popular:ViewsPerAddress
    }

    [Fact]
    public void NothingAboutReaders_IsStored()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Warta.Web.Data.WartaDb>();

        var columns = db.Model.FindEntityType(typeof(ArticleViewCount))!.GetProperties().Select(p => p.Name).Order();

        Assert.Equal(["ArticleId", "HourUtc", "Views"], columns);
    }

    [Fact]
    public async Task Terpopuler_ListsTheMostReadStories_OnTheHomeAndArticlePages()
    {
        var first = await An.Article().SaveAsync(app);
        var second = await An.Article().SaveAsync(app);
        for (var i = 0; i < 3; i++) await ReadAsync(WartaApp.UrlOf(first), $"{Firefox} Pembaca/{i}");
        for (var i = 0; i < 2; i++) await ReadAsync(WartaApp.UrlOf(second), $"{Firefox} Pembaca/{i}");
        await app.Services.GetRequiredService<ViewFlusher>().FlushAsync(CancellationToken.None);
        await Task.Delay(1100); // the list is reused for Warta:Popular:ListSeconds

        var (_, home) = await app.CreateReader().GetPageAsync("/");
        var listed = home.QuerySelectorAll(".popular-list a").Select(a => a.TextContent).ToList();
        Assert.Equal("Terpopuler", home.Text("#popular-title"));
        Assert.True(listed.IndexOf(first.Headline) is >= 0 and var i1 && listed.IndexOf(second.Headline) > i1, string.Join(" | ", listed));

        var (_, articlePage) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(second));
        Assert.Contains(articlePage.QuerySelectorAll(".popular-list a"), a => a.TextContent == first.Headline);
    }
}
