using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;

namespace Warta.Web.Comments;

/// <summary>
/// The comment form's per-reader tokens (antiforgery and form timer), fetched by the page's script when a reader
/// starts writing: the page itself is shared by every reader through the cache and carries no tokens.
/// </summary>
public static class CommentTokens
{
    public static string UrlFor(int articleId) => $"/komentar/token/{articleId.ToString(CultureInfo.InvariantCulture)}/";

    public static IEndpointRouteBuilder MapCommentTokens(this IEndpointRouteBuilder app)
    {
        app.MapGet("/komentar/token/{articleId:int}", (int articleId, HttpContext http, IAntiforgery antiforgery, FormTimer timer) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(new { field = tokens.FormFieldName, token = tokens.RequestToken, timer = timer.Issue(articleId) });
        });
        return app;
    }
}
