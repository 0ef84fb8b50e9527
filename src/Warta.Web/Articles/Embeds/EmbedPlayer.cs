using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Warta.Web.Articles.Embeds;

/// <summary>
/// <c>/sematan/{provider}/{id}/</c>: a page of this site holding exactly one provider player. Story pages keep their
/// policy of frames from this site only; a reader's click frames this page, and only this page's policy lets in that
/// one provider's player (built from a checked id, so this is no open frame for any address).
/// </summary>
public static class EmbedPlayer
{
    private const string Style = "html,body{margin:0;height:100%;background:#000}iframe{border:0;width:100%;height:100%;display:block}";
    private static readonly string StyleHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)));

    public static IEndpointRouteBuilder MapEmbedPlayer(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sematan/{provider}/{**id}", (string provider, string id, HttpContext http) =>
        {
            if (Embed.Named(provider, id.TrimEnd('/')) is not { } embed) return Results.NotFound();
            http.Response.Headers.ContentSecurityPolicy =
                $"default-src 'none'; frame-src {embed.PlayerOrigin}; style-src 'sha256-{StyleHash}'; frame-ancestors 'self'; base-uri 'none'";
            http.Response.Headers["X-Robots-Tag"] = "noindex";
            var player = WebUtility.HtmlEncode(embed.PlayerUrl);
            var name = WebUtility.HtmlEncode(embed.ProviderName);
            return Results.Content(
                $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{name}</title><style>{Style}</style></head><body>" +
                $"<iframe src=\"{player}\" title=\"{name}\" allow=\"autoplay; encrypted-media; picture-in-picture; fullscreen\" allowfullscreen referrerpolicy=\"strict-origin-when-cross-origin\"></iframe></body></html>",
                "text/html; charset=utf-8");
        });
        return app;
    }
}
