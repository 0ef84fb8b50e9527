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

    public static IEndpointRouteBuilder MapThemeStylesheet(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, SiteSettingsCache settings) =>
        {
            var accent = settings.Current.Identity.AccentColor;
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text($":root{{--accent:{accent};--accent-dark:{Darker(accent)}}}", "text/css; charset=utf-8");
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
