using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Warta.Web.Api;

/// <summary>
/// A listing request's common parameters as WordPress reads them (page, per_page ≤ 100, offset, search, order,
/// orderby, include, exclude, slug), each checked, and the paging headers it answers with.
/// </summary>
public sealed class WpListing
{
    public int Page { get; private init; } = 1;
    public int PerPage { get; private init; } = 10;
    public int? Offset { get; private init; }
    public string? Search { get; private init; }
    public bool Ascending { get; private init; }
    public string OrderBy { get; private init; } = "";
    public IReadOnlyList<int> Include { get; private init; } = [];
    public IReadOnlyList<int> Exclude { get; private init; } = [];
    public IReadOnlyList<string> Slugs { get; private init; } = [];

    /// <summary>Where the page starts: offset wins over page, as in WordPress.</summary>
    public int Skip => Offset ?? (Page - 1) * PerPage;

    /// <summary>Reads the common parameters, adding a problem per bad one; <paramref name="orderings"/> are the orderby values this route accepts.</summary>
    public static WpListing Read(IQueryCollection query, Dictionary<string, string> problems, string defaultOrderBy, IReadOnlyCollection<string> orderings, bool defaultAscending = false)
    {
        var order = One(query, "order");
        if (order is not null && order is not ("asc" or "desc")) problems["order"] = "order is not one of asc, desc.";
        var orderBy = One(query, "orderby") ?? defaultOrderBy;
        if (!orderings.Contains(orderBy)) problems["orderby"] = $"orderby is not one of {string.Join(", ", orderings)}.";
        return new WpListing
        {
            Page = Number(query, "page", 1, 1, int.MaxValue, problems) ?? 1,
            PerPage = Number(query, "per_page", 10, 1, 100, problems) ?? 10,
            Offset = Number(query, "offset", null, 0, int.MaxValue, problems),
            Search = One(query, "search") is { Length: > 0 } s ? s : null,
            Ascending = order is null ? defaultAscending : order == "asc",
            OrderBy = orderBy,
            Include = Ids(query, "include", problems),
            Exclude = Ids(query, "exclude", problems),
            Slugs = List(query, "slug"),
        };
    }

    /// <summary>The last value given for a parameter (also as <c>name[]</c>), or null.</summary>
    public static string? One(IQueryCollection query, string name)
    {
        var values = Values(query, name);
        return values.Count == 0 ? null : values[^1];
    }

    /// <summary>A list parameter: comma-separated, repeated, or as <c>name[]=…</c>.</summary>
    public static IReadOnlyList<string> List(IQueryCollection query, string name) =>
        Values(query, name).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    public static IReadOnlyList<int> Ids(IQueryCollection query, string name, Dictionary<string, string> problems)
    {
        var ids = new List<int>();
        foreach (var value in List(query, name))
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) ids.Add(id);
            else problems[name] = $"{name}[0] is not of type integer.";
        }
        return ids;
    }

    public static int? Number(IQueryCollection query, string name, int? fallback, int min, int max, Dictionary<string, string> problems)
    {
        var text = One(query, name);
        if (text is null) return fallback;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) { problems[name] = $"{name} is not of type integer."; return fallback; }
        if (value < min || value > max)
        {
            problems[name] = max == int.MaxValue ? $"{name} must be greater than or equal to {min}" : $"{name} must be between {min} ({min}) and {max} ({max})";
            return fallback;
        }
        return value;
    }

    /// <summary>A date parameter in ISO 8601 (with or without offset: without, it is the site's local time), as UTC.</summary>
    public static DateTime? Date(IQueryCollection query, string name, TimeZoneInfo zone, Dictionary<string, string> problems)
    {
        var text = One(query, name);
        if (text is null) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) && HasOffset(text))
            return withOffset.UtcDateTime;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        problems[name] = $"Invalid date.";
        return null;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    private static List<string?> Values(IQueryCollection query, string name)
    {
        var values = new List<string?>();
        if (query.TryGetValue(name, out var plain)) values.AddRange(plain);
        if (query.TryGetValue(name + "[]", out var array)) values.AddRange(array);
        return values;
    }

    /// <summary>
    /// One page of a list already in memory, shaped (and cut to <c>_fields</c>), with the paging headers, cached under
    /// <paramref name="tags"/>; past the last page, WordPress's error.
    /// </summary>
    public IResult Answer<T>(HttpContext http, IReadOnlyList<T> all, Func<T, System.Text.Json.Nodes.JsonObject> shape, params string[] tags)
    {
        WriteHeaders(http, all.Count);
        if (all.Count > 0 && Skip >= all.Count && Offset is null) return WpError.PageTooLarge();
        Caching.CacheTags.Add(http, tags);
        return WpShape.Json(new System.Text.Json.Nodes.JsonArray(all.Skip(Skip).Take(PerPage).Select(item => (System.Text.Json.Nodes.JsonNode?)WpShape.Fields(shape(item), http)).ToArray()));
    }

    /// <summary>X-WP-Total, X-WP-TotalPages and Link rel="prev"/"next", as WordPress sends them.</summary>
    public void WriteHeaders(HttpContext http, int total) => WriteHeaders(http, total, Page, PerPage);

    public static void WriteHeaders(HttpContext http, int total, int page, int perPage)
    {
        var pages = (int)Math.Ceiling(total / (double)perPage);
        var headers = http.Response.Headers;
        headers["X-WP-Total"] = total.ToString(CultureInfo.InvariantCulture);
        headers["X-WP-TotalPages"] = pages.ToString(CultureInfo.InvariantCulture);
        var links = new List<string>();
        var self = Site.PublicOrigin.Of(http) + http.Request.Path.Value;
        if (page > 1 && page - 1 <= Math.Max(1, pages)) links.Add($"<{WithPage(http.Request.Query, self, page - 1)}>; rel=\"prev\"");
        if (page < pages) links.Add($"<{WithPage(http.Request.Query, self, page + 1)}>; rel=\"next\"");
        if (links.Count > 0) headers.Link = new StringValues(links.ToArray());
    }

    private static string WithPage(IQueryCollection query, string path, int page)
    {
        var pairs = query.Where(kv => kv.Key != "page").SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))).ToList();
        pairs.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, pairs);
    }
}
