namespace Warta.Web.Site;

/// <summary>
/// Headers every response carries. The content security policy also keeps the promise of no third-party requests:
/// a page that tried one would fail loudly in the browser tests.
/// </summary>
public static class SecurityHeaders
{
    private const string PolicyBefore = "default-src 'self'; img-src 'self' data:; style-src 'self' ";
    private const string PolicyAfter = "; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private static (string Source, string Policy) last = ("", "");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<SiteSettingsCache>();
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            // The one inline style allowed is the theme's accent colour, by its hash.
            var source = ThemeStylesheet.CspSource(settings.Current.Identity);
            var cached = last;
            if (cached.Source != source) last = cached = (source, PolicyBefore + source + PolicyAfter);
            headers.ContentSecurityPolicy = cached.Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "SAMEORIGIN";
            return next(context);
        });
    }
}
