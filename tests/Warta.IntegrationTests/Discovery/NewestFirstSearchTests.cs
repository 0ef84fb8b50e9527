using System.Net;
using Warta.Web.Articles;

namespace Warta.IntegrationTests.Discovery;

/// <summary>
/// Newest first over many matches: the newest are looked for in the latest stretch of time first, a stretch as long
/// as the archive's span times the share wanted, widened until it holds enough. An archive of its own (its own
/// fixture), so that span is this test's: a handful of stories this week, the rest years ago, and the first stretch
/// holds too few.
/// </summary>
public class NewestFirstSearchTests(WartaApp app) : IClassFixture<WartaApp>
{
    private Task<List<string>> HeadlinesAsync(string url) => app.CreateReader().SearchHeadlinesAsync(url);

    [Fact]
    public async Task NewestFirst_OverManyMatches_GivesExactlyTheNewestInOrder_AcrossPages_AndNeverAScheduledOne()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var now = DateTime.UtcNow;
        var random = new Random(5);
        var times = Enumerable.Range(0, 6).Select(i => now.AddDays(-1 - i * 0.4))
            .Concat(Enumerable.Range(0, 94).Select(_ => now.AddDays(-random.Next(1500, 2000)).AddMinutes(random.Next(1440))))
            .OrderBy(_ => random.Next()).ToList();
        var stories = new List<Article>();
        foreach (var time in times) stories.Add(await An.Article().Tagged(marker).PublishedAt(time).SaveAsync(app));
        var scheduled = await An.Article().Tagged(marker).PublishedAt(now.AddDays(2)).SaveAsync(app);
        await app.WaitForSearchAsync();
        var expected = stories.OrderByDescending(a => a.PublishedAt).Select(a => a.Headline).ToList();

        Assert.Equal(expected[..10], await HeadlinesAsync($"/cari/?q={marker}&urut=terbaru"));
        Assert.Equal(expected[10..20], await HeadlinesAsync($"/cari/?q={marker}&urut=terbaru&halaman=2"));
        Assert.Equal(expected[90..100], await HeadlinesAsync($"/cari/?q={marker}&urut=terbaru&halaman=10"));
        var (_, page) = await app.CreateReader().GetPageAsync($"/cari/?q={marker}&urut=terbaru");
        Assert.Contains("100", page.QuerySelector(".result-count")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(scheduled.Headline, page.QuerySelectorAll(".search-results h2 a").Select(a => a.TextContent));
    }
}
