using Warta.Web.Settings;
using System.Globalization;

namespace Warta.Web.Site;

/// <summary>
/// The accent colour as a tiny stylesheet of its own (the content security policy allows no inline styles), linked
/// with the colour in its address so a browser may keep it for a year and still see a change at once.
/// </summary>
public static class ThemeStylesheet
{
    public const string Path = "/tema.css";

    public static string UrlFor(SiteIdentity identity) => $"{Path}?v={identity.AccentColor.TrimStart('#')}";

    /// <summary>
    /// The accent colour as a few bytes of inline CSS in each page, allowed by its hash in the content security
    /// policy: one render-blocking stylesheet per page instead of two.
    /// </summary>
    public static string InlineCss(SiteIdentity identity) => Css(identity.AccentColor);

    private static (string Accent, string Hash) lastHash = ("", "");

    /// <summary>The CSP source that allows exactly <see cref="InlineCss"/>.</summary>
    public static string CspSource(SiteIdentity identity)
    {
        var cached = lastHash;
        if (cached.Accent == identity.AccentColor) return cached.Hash;
        var hash = "'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(InlineCss(identity)))) + "'";
        lastHash = (identity.AccentColor, hash);
        return hash;
    }

    private static string Css(string accent) => $":root{{--accent:{accent};--accent-dark:{Darker(accent)}}}";

    public static IEndpointRouteBuilder MapThemeStylesheet(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, SiteSettingsCache settings) =>
        {
            var accent = settings.Current.Identity.AccentColor;
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text(Css(accent), "text/css; charset=utf-8");
        });
        // Browsers ask for /favicon.ico on their own, whatever the page links: send them to the site's icon, never a 404.
        app.MapGet("/favicon.ico", (SiteSettingsCache settings) => Results.Redirect(settings.Current.Identity.FaviconUrl));
        return app;
    }

    private static string Darker(string hex)
    {
        var rgb = Convert.FromHexString(hex.AsSpan(1));
        return "#" + string.Concat(rgb.Select(c => ((byte)(c * 0.78)).ToString("x2", CultureInfo.InvariantCulture)));
    }
}
