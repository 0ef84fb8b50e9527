namespace Warta.Web.Caching;

/// <summary>
/// When what a response lists last changed (a feed's newest entry, a sitemap's latest story), for
/// <see cref="HttpValidators"/> to send as Last-Modified and compare with If-Modified-Since. A response that names none
/// is dated when it is made. Validators are decided in that one place; endpoints only say this.
/// </summary>
public static class ContentTime
{
    private const string Key = "warta.content-time";

    public static void Set(HttpContext context, DateTime? utc)
    {
        if (utc is { } time) context.Items[Key] = time;
    }

    /// <summary>The time, to the second (HTTP dates have no fractions), or null when the response named none.</summary>
    public static DateTimeOffset? Get(HttpContext context) =>
        context.Items.TryGetValue(Key, out var value) && value is DateTime t
            ? new DateTimeOffset(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero)
            : null;
}
