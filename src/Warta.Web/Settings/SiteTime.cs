using System.Globalization;

namespace Warta.Web.Settings;

/// <summary>
/// Shows stored UTC times in the site's zone, as Indonesian newsrooms write them: "Rabu, 19 Juni 2024 08:15 WIB".
/// The pattern is the site's own: .NET's id-ID culture would write the time as "08.15".
/// </summary>
public sealed class SiteTime
{
    public SiteTime(TimeZoneInfo zone) => Zone = zone;

    public TimeZoneInfo Zone { get; }

    public static SiteTime For(string timeZoneId)
    {
        try
        {
            return new SiteTime(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));
        }
        catch (TimeZoneNotFoundException)
        {
            return new SiteTime(TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta"));
        }
    }

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public string Format(DateTime utc, CultureInfo culture)
    {
        var local = ToLocal(utc);
        var names = culture.DateTimeFormat;
        return string.Create(CultureInfo.InvariantCulture,
            $"{names.GetDayName(local.DayOfWeek)}, {local.Day} {names.GetMonthName(local.Month)} {local.Year} {local:HH':'mm} {ZoneAbbreviation(utc)}");
    }

    /// <summary>Short date for lists: "19 Juni 2024".</summary>
    public string FormatDate(DateTime utc, CultureInfo culture)
    {
        var local = ToLocal(utc);
        return string.Create(CultureInfo.InvariantCulture,
            $"{local.Day} {culture.DateTimeFormat.GetMonthName(local.Month)} {local.Year}");
    }

    /// <summary>ISO 8601 with the zone's offset, for &lt;time datetime&gt; and structured data.</summary>
    public string FormatIso(DateTime utc)
    {
        var local = ToLocal(utc);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    public string ZoneAbbreviation(DateTime utc) => Zone.Id switch
    {
        "Asia/Jakarta" or "Asia/Pontianak" => "WIB",
        "Asia/Makassar" => "WITA",
        "Asia/Jayapura" => "WIT",
        _ => FormatOffset(Zone.GetUtcOffset(utc)),
    };

    private static string FormatOffset(TimeSpan offset) =>
        "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(offset.Minutes == 0 ? "%h" : @"h\:mm", CultureInfo.InvariantCulture);
}
