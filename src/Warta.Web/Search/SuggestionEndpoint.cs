using Microsoft.Extensions.Localization;
using Warta.Web.Resources;

namespace Warta.Web.Search;

/// <summary>
/// GET /cari/saran/?q=… : the search box's suggestions as JSON, for the script that shows them under the box. Without
/// the script the box is the plain search form it always was.
/// </summary>
public static class SuggestionEndpoint
{
    private const int MaxTyped = 100;

    public static void MapSearchSuggestions(this IEndpointRouteBuilder app) =>
        app.MapGet("/cari/saran", async (string? q, HttpContext http, SearchSuggestions suggestions, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        {
            var typed = (q ?? "").Trim();
            if (typed.Length > MaxTyped) typed = typed[..MaxTyped];
            var found = await suggestions.ForAsync(typed, max: 8, ct);
            // The same for every reader: a shared cache may keep it a little.
            http.Response.Headers.CacheControl = "public, max-age=30";
            return Results.Json(found.Select(s => new { kind = text["Suggest_" + s.Kind].Value, label = s.Label, url = s.Url }));
        });
}
