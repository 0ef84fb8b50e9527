using System.Globalization;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Tests;

public class SiteTimeTests
{
    private static readonly CultureInfo Indonesian = SiteLanguages.CultureFor("id");
    private static readonly CultureInfo English = SiteLanguages.CultureFor("en");
    private static readonly SiteTime Wib = SiteTime.For("Asia/Jakarta");

    private static DateTime Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    [Fact]
    public void Format_WritesTheNewsroomPattern_NotTheCulturesTimeSeparator()
    {
        Assert.Equal("Rabu, 19 Juni 2024 08:15 WIB", Wib.Format(Utc(2024, 6, 19, 1, 15), Indonesian));
        Assert.Equal("Wednesday, 19 June 2024 08:15 WIB", Wib.Format(Utc(2024, 6, 19, 1, 15), English));
    }

    [Theory]
    [InlineData(2024, 6, 30, 16, 59, "Minggu, 30 Juni 2024 23:59 WIB")]
    [InlineData(2024, 6, 30, 17, 0, "Senin, 1 Juli 2024 00:00 WIB")]
    [InlineData(2023, 12, 31, 17, 0, "Senin, 1 Januari 2024 00:00 WIB")]
    [InlineData(2024, 2, 28, 17, 0, "Kamis, 29 Februari 2024 00:00 WIB")]
    [InlineData(2023, 2, 28, 17, 0, "Rabu, 1 Maret 2023 00:00 WIB")]
    [InlineData(2024, 1, 1, 0, 0, "Senin, 1 Januari 2024 07:00 WIB")]
    public void Format_AroundMidnightAndMonthEnds(int y, int m, int d, int h, int min, string expected) =>
        Assert.Equal(expected, Wib.Format(Utc(y, m, d, h, min), Indonesian));

    [Theory]
    [InlineData("Asia/Makassar", "Rabu, 19 Juni 2024 09:15 WITA")]
    [InlineData("Asia/Jayapura", "Rabu, 19 Juni 2024 10:15 WIT")]
    [InlineData("Asia/Pontianak", "Rabu, 19 Juni 2024 08:15 WIB")]
    [InlineData("Asia/Kolkata", "Rabu, 19 Juni 2024 06:45 UTC+5:30")]
    [InlineData("Europe/Amsterdam", "Rabu, 19 Juni 2024 03:15 UTC+2")]
    public void Format_NamesTheZone(string zone, string expected) =>
        Assert.Equal(expected, SiteTime.For(zone).Format(Utc(2024, 6, 19, 1, 15), Indonesian));

    [Fact]
    public void FormatIso_CarriesTheOffset() =>
        Assert.Equal("2024-06-19T08:15:00+07:00", Wib.FormatIso(Utc(2024, 6, 19, 1, 15)));

    [Fact]
    public void For_AnUnknownZone_FallsBackToJakarta() =>
        Assert.Equal("Asia/Jakarta", SiteTime.For("Mars/Olympus").Zone.Id);

    [Fact]
    public void ToUtc_IsTheInverseOfToLocal()
    {
        var utc = Utc(2024, 6, 19, 1, 15);

        Assert.Equal(utc, Wib.ToUtc(Wib.ToLocal(utc)));
    }
}
