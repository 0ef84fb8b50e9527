using System.Net;
using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>The editorial calendar: stories on their day in the site's time, scheduled ones marked, each person's view.</summary>
public class CalendarTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static DateTime Wib(int year, int month, int day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), WartaApp.Wib);

    private static List<string> HeadlinesOn(AngleSharp.Dom.IDocument page, string day) =>
        page.QuerySelectorAll($"[data-day='{day}'] .cal-entry").Select(e => System.Text.RegularExpressions.Regex.Replace(e.TextContent, @"\s+", " ").Trim()).ToList();

    [Fact]
    public async Task AMonth_ShowsEachStoryOnItsDayInWib_ScheduledMarked_DraftsNot()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var mark = Unique.Next();
        // 23.30 WIB on the 14th is 16.30 UTC the same day; 00.30 WIB on the 15th is 17.30 UTC on the 14th.
        await An.Article().Titled($"Larut Malam {mark}").PublishedAt(Wib(2031, 3, 14, 23, 30)).SaveAsync(app);
        await An.Article().Titled($"Lewat Tengah Malam {mark}").PublishedAt(Wib(2031, 3, 15, 0, 30)).SaveAsync(app);
        await An.Article().Titled($"Terjadwal {mark}").PublishedAt(Wib(2031, 3, 20, 9, 0)).WithStatus(ArticleStatus.Scheduled).SaveAsync(app);
        await An.Article().Titled($"Draf {mark}").PublishedAt(Wib(2031, 3, 20, 10, 0)).WithStatus(ArticleStatus.Draft).SaveAsync(app);

        var (response, page) = await editor.GetPageAsync("/newsroom/kalender/?bulan=2031-03");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Maret 2031", page.Text("[data-testid=cal-heading]"), ignoreCase: true);
        Assert.Equal([$"23.30 Larut Malam {mark}"], HeadlinesOn(page, "2031-03-14"));
        Assert.Equal([$"00.30 Lewat Tengah Malam {mark}"], HeadlinesOn(page, "2031-03-15"));
        Assert.Equal([$"09.00 Terjadwal {mark} Terjadwal"], HeadlinesOn(page, "2031-03-20"));
        // Whole weeks from Monday: 24 February to 6 April 2031.
        Assert.Equal("2031-02-24", page.QuerySelector("[data-day]")!.GetAttribute("data-day"));
        Assert.Equal("2031-04-06", page.QuerySelectorAll("[data-day]")[^1].GetAttribute("data-day"));
        Assert.Equal("/newsroom/kalender/?bulan=2031-04", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        var (_, week) = await editor.GetPageAsync("/newsroom/kalender/?minggu=2031-03-19");
        Assert.Equal(["2031-03-17", "2031-03-18", "2031-03-19", "2031-03-20", "2031-03-21", "2031-03-22", "2031-03-23"],
            week.QuerySelectorAll("[data-day]").Select(d => d.GetAttribute("data-day")!).ToList());
        Assert.Equal([$"09.00 Terjadwal {mark} Terjadwal"], HeadlinesOn(week, "2031-03-20"));
    }

    [Fact]
    public async Task AWriter_SeesTheirOwnScheduledStories_NotAnothers_AndABadDateIsExplained()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Author);
        var writer = app.CreateReader();
        await writer.SignInAsync(email, StaffSignIn.Password);
        var mark = Unique.Next();
        await An.Article().Titled($"Milik Orang Lain {mark}").PublishedAt(Wib(2032, 5, 5, 8, 0)).WithStatus(ArticleStatus.Scheduled).SaveAsync(app);
        await An.Article().Titled($"Sudah Terbit {mark}").PublishedAt(Wib(2032, 5, 6, 8, 0)).SaveAsync(app);

        var (_, page) = await writer.GetPageAsync("/newsroom/kalender/?bulan=2032-05");
        Assert.Empty(HeadlinesOn(page, "2032-05-05"));
        Assert.Equal([$"08.00 Sudah Terbit {mark}"], HeadlinesOn(page, "2032-05-06"));
        Assert.Null(page.QuerySelector("[data-day='2032-05-06'] .cal-entry a")); // not theirs to edit

        var (bad, badPage) = await writer.GetPageAsync("/newsroom/kalender/?bulan=Mei-2032");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("“Mei-2032” bukan tanggal yang dikenal", badPage.Text(".nr-problem"), StringComparison.Ordinal);
    }
}
