using Warta.Web.Settings;
using System.Globalization;

namespace Warta.Web.Site;

/// <summary>
/// A date archive (/2024/, /2024/06/, /2024/06/19/) as a span of local days, turned into UTC bounds for the query.
/// Malformed or impossible dates (month 13, 30 February) are refused here so they end as 404, never 500.
/// </summary>
public sealed record ArchiveRange(DateOnly FirstDay, DateOnly EndDay, string Path, ArchiveRange.Kind Precision)
{
    public enum Kind { Year, Month, Day }

    public static ArchiveRange? Parse(string year, string? month, string? day)
    {
        if (!TryNumber(year, 4, 1000, 9998, out var y)) return null;
        if (month is null) return new(new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1), $"/{year}/", Kind.Year);
        if (!TryNumber(month, 2, 1, 12, out var m)) return null;
        var firstOfMonth = new DateOnly(y, m, 1);
        if (day is null) return new(firstOfMonth, firstOfMonth.AddMonths(1), $"/{year}/{month}/", Kind.Month);
        if (!TryNumber(day, 2, 1, DateTime.DaysInMonth(y, m), out var d)) return null;
        var date = new DateOnly(y, m, d);
        return new(date, date.AddDays(1), $"/{year}/{month}/{day}/", Kind.Day);
    }

    public (DateTime FromUtc, DateTime ToUtc) ToUtc(SiteTime time) =>
        (time.ToUtc(FirstDay.ToDateTime(TimeOnly.MinValue)), time.ToUtc(EndDay.ToDateTime(TimeOnly.MinValue)));

    public string Label(CultureInfo culture) => Precision switch
    {
        Kind.Year => FirstDay.Year.ToString(CultureInfo.InvariantCulture),
        Kind.Month => $"{culture.DateTimeFormat.GetMonthName(FirstDay.Month)} {FirstDay.Year}",
        _ => $"{FirstDay.Day} {culture.DateTimeFormat.GetMonthName(FirstDay.Month)} {FirstDay.Year}",
    };

    private static bool TryNumber(string text, int digits, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
        && text.Length == digits && value >= min && value <= max;
}
