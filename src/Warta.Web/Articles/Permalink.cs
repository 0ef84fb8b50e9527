using System.Globalization;

namespace Warta.Web.Articles;

/// <summary>
/// WordPress's date-style permalinks, <c>/{yyyy}/{MM}/{dd}/{slug}/</c>, dated in the site's zone as WordPress does,
/// so a story published at 00:30 WIB carries that day's date.
/// </summary>
public static class Permalink
{
    public static string For(Article article, TimeZoneInfo zone) =>
        For(article.Slug, article.PublishedAt ?? article.CreatedAt, zone);

    public static string For(string slug, DateTime publishedAtUtc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(publishedAtUtc, DateTimeKind.Utc), zone);
        return string.Create(CultureInfo.InvariantCulture, $"/{local:yyyy}/{local:MM}/{local:dd}/{slug}/");
    }
}
