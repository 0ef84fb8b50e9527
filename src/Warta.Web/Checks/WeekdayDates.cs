using System.Globalization;
using System.Text.RegularExpressions;

namespace Warta.Web.Checks;

/// <summary>
/// A day named beside a full date that falls on another day ("Kamis (19 Juni 2024)" when 19 June 2024 was a
/// Wednesday, Rabu), and a date that does not exist (31 Juni). Indonesian forms: <c>Rabu (19 Juni 2024)</c>,
/// <c>Rabu, 19 Juni 2024</c>, <c>Rabu pagi (19/6/2024)</c>; English: <c>Wednesday, June 19, 2024</c>,
/// <c>Wednesday (19 June 2024)</c>.
/// </summary>
public static partial class WeekdayDates
{
    public const string CheckId = "dates";

    private static readonly string[] IndonesianDays = ["minggu", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu"];
    private static readonly string[] IndonesianMonths = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
    private static readonly string[] EnglishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static IEnumerable<Finding> Find(CheckedText text, CheckContext context)
    {
        foreach (var p in text.Paragraphs.Prepend(text.HeadlineParagraph))
            foreach (Match m in Dated().Matches(p.Text))
            {
                var day = Day(m.Groups["day"].Value);
                if (day is null) continue;
                var month = m.Groups["monthname"].Success ? Month(m.Groups["monthname"].Value) : int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
                var date = int.Parse(m.Groups["date"].Value, CultureInfo.InvariantCulture);
                var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (year < 100) year += 2000;
                if (month is not (>= 1 and <= 12)) continue;
                if (date < 1 || date > DateTime.DaysInMonth(year, month.Value))
                {
                    yield return new Finding(CheckId, p.Number, m.Index + 1, p.Line, m.Value, "ChkDateImpossible", m.Value);
                    continue;
                }
                var actual = new DateOnly(year, month.Value, date).DayOfWeek;
                if (actual != day)
                    yield return new Finding(CheckId, p.Number, m.Index + 1, p.Line, m.Value, "ChkDateWeekday", m.Value, DayName(actual, context));
            }
    }

    private static string DayName(DayOfWeek day, CheckContext context) => context.English
        ? CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day)
        : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(IndonesianDays[(int)day]);

    private static DayOfWeek? Day(string word)
    {
        var w = word.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
        if (w == "ahad") return DayOfWeek.Sunday;
        var i = Array.IndexOf(IndonesianDays, w);
        if (i >= 0) return (DayOfWeek)i;
        return Enum.TryParse<DayOfWeek>(w, ignoreCase: true, out var english) && w.Length > 5 ? english : null;
    }

    private static int? Month(string word)
    {
        var w = word.ToLowerInvariant();
        var i = Array.IndexOf(IndonesianMonths, w);
        if (i < 0) i = Array.IndexOf(EnglishMonths, w);
        if (i < 0 && w.Length >= 3) i = Array.FindIndex(IndonesianMonths, m => m.StartsWith(w.TrimEnd('.'), StringComparison.Ordinal));
        return i >= 0 ? i + 1 : null;
    }

    /// <summary>
    /// A day name, perhaps a part of the day (pagi, siang, sore, malam, dini hari; morning, night…), then in brackets
    /// or after a comma a date: <c>19 Juni 2024</c>, <c>19/6/2024</c>, <c>June 19, 2024</c>.
    /// </summary>
    [GeneratedRegex(@"\b(?<day>Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:pagi|siang|sore|malam|dini\s+hari|morning|afternoon|evening|night))?\s*(?:\(\s*|,\s*)(?:(?<date>\d{1,2})\s+(?<monthname>\p{L}{3,}\.?)\s+(?<year>\d{4})|(?<monthname>\p{L}{3,})\s+(?<date>\d{1,2}),?\s+(?<year>\d{4})|(?<date>\d{1,2})[/\-.](?<month>\d{1,2})[/\-.](?<year>\d{4}|\d{2}))\b\)?", RegexOptions.IgnoreCase)]
    private static partial Regex Dated();
}
