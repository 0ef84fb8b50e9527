using System.Net;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.IntegrationTests.Site;

public class LocalizationTests(WartaApp app) : IClassFixture<WartaApp>, IAsyncLifetime
{
    public Task InitializeAsync() => app.SetSiteAsync(s => { s.Language = SiteLanguages.Indonesian; s.TimeZone = "Asia/Jakarta"; });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Indonesian_IsTheDefault()
    {
        var article = await An.Article().PublishedAt(new DateTime(2024, 6, 19, 1, 15, 0, DateTimeKind.Utc)).SaveAsync(app);

        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));

        Assert.Equal("id", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Kembali ke atas", page.Text("a.back-to-top").Replace("↑", "", StringComparison.Ordinal).Trim());
        Assert.Equal("Rabu, 19 Juni 2024 08:15 WIB", page.Text(".published time"));
        Assert.Equal("0 Komentar", page.Text("#comments-title"));
        Assert.StartsWith("Tinggalkan Balasan", page.Text("#reply-title"), StringComparison.Ordinal);
        Assert.Equal("Langsung ke konten", page.Text(".skip-link"));
    }

    [Fact]
    public async Task English_WhenTheSiteIsSetToEnglish()
    {
        var article = await An.Article().PublishedAt(new DateTime(2024, 6, 19, 1, 15, 0, DateTimeKind.Utc)).SaveAsync(app);
        await app.SetSiteAsync(s => s.Language = SiteLanguages.English);

        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));
        var (notFoundResponse, notFound) = await app.CreateReader().GetPageAsync("/no-such-page/");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Back to top", page.Text("a.back-to-top").Replace("↑", "", StringComparison.Ordinal).Trim());
        Assert.Equal("Wednesday, 19 June 2024 08:15 WIB", page.Text(".published time"));
        Assert.Equal("0 Comments", page.Text("#comments-title"));
        Assert.StartsWith("Leave a Reply", page.Text("#reply-title"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notFoundResponse.StatusCode);
        Assert.Equal("Page not found", notFound.Text("h1"));
    }

    [Fact]
    public async Task ListCards_FollowTheSitesZoneAndLanguage_WhenTheyChange()
    {
        // Lists keep each story's card texts between renders: a change of settings must still reach them.
        var section = await A.Section().SaveAsync(app);
        await An.Article().In(section).PublishedAt(new DateTime(2024, 6, 19, 1, 15, 0, DateTimeKind.Utc)).SaveAsync(app);
        var reader = app.CreateReader();

        var (_, before) = await reader.GetPageAsync(SiteUrls.Section(section.Slug));
        await app.SetSiteAsync(s => { s.Language = SiteLanguages.English; s.TimeZone = "Asia/Makassar"; });
        var (_, after) = await reader.GetPageAsync(SiteUrls.Section(section.Slug));

        Assert.Equal("Rabu, 19 Juni 2024 08:15 WIB", before.Text(".card time"));
        Assert.Equal("2024-06-19T08:15:00+07:00", before.QuerySelector(".card time")?.GetAttribute("datetime"));
        Assert.Equal("Wednesday, 19 June 2024 09:15 WITA", after.Text(".card time"));
        Assert.Equal("2024-06-19T09:15:00+08:00", after.QuerySelector(".card time")?.GetAttribute("datetime"));
    }

    [Theory]
    [InlineData("Asia/Makassar", "Rabu, 19 Juni 2024 09:15 WITA")]
    [InlineData("Asia/Jayapura", "Rabu, 19 Juni 2024 10:15 WIT")]
    public async Task Times_AreShownInTheSitesZone(string zone, string expected)
    {
        var article = await An.Article().PublishedAt(new DateTime(2024, 6, 19, 1, 15, 0, DateTimeKind.Utc)).SaveAsync(app);
        await app.SetSiteAsync(s => s.TimeZone = zone);

        var (_, page) = await app.CreateReader().GetPageAsync(Web.Articles.Permalink.For(article, TimeZoneInfo.FindSystemTimeZoneById(zone)));

        Assert.Equal(expected, page.Text(".published time"));
    }

    [Theory]
    [InlineData(2024, 6, 30, 16, 59, "Minggu, 30 Juni 2024 23:59 WIB")]
    [InlineData(2024, 6, 30, 17, 0, "Senin, 1 Juli 2024 00:00 WIB")]
    [InlineData(2024, 12, 31, 17, 5, "Rabu, 1 Januari 2025 00:05 WIB")]
    [InlineData(2024, 2, 28, 17, 30, "Kamis, 29 Februari 2024 00:30 WIB")]
    public async Task WibTimes_AroundMidnightAndMonthEnds(int y, int m, int d, int h, int min, string expected)
    {
        var article = await An.Article().PublishedAt(new DateTime(y, m, d, h, min, 0, DateTimeKind.Utc)).SaveAsync(app);

        var (response, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, page.Text(".published time"));
    }
}
