using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Tests;

public class ArchiveRangeTests
{
    [Fact]
    public void Month_SpansItsLocalDays_InUtc()
    {
        var range = ArchiveRange.Parse("2024", "06", null)!;

        var (from, to) = range.ToUtc(SiteTime.For("Asia/Jakarta"));

        Assert.Equal(new DateTime(2024, 5, 31, 17, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(new DateTime(2024, 6, 30, 17, 0, 0, DateTimeKind.Utc), to);
        Assert.Equal("/2024/06/", range.Path);
    }

    [Fact]
    public void Day_IsOneLocalDay()
    {
        var range = ArchiveRange.Parse("2024", "12", "31")!;

        Assert.Equal(new DateOnly(2024, 12, 31), range.FirstDay);
        Assert.Equal(new DateOnly(2025, 1, 1), range.EndDay);
    }

    [Theory]
    [InlineData("2024", "13", null)]
    [InlineData("2024", "00", null)]
    [InlineData("2024", "6", null)]
    [InlineData("2023", "02", "29")]
    [InlineData("2024", "04", "31")]
    [InlineData("2024", "01", "00")]
    [InlineData("0999", null, null)]
    [InlineData("9999", null, null)]
    [InlineData("20x4", null, null)]
    [InlineData("+202", null, null)]
    public void Parse_RefusesImpossibleDates(string year, string? month, string? day) =>
        Assert.Null(ArchiveRange.Parse(year, month, day));

    [Fact]
    public void Parse_AcceptsLeapDay() =>
        Assert.NotNull(ArchiveRange.Parse("2024", "02", "29"));
}
