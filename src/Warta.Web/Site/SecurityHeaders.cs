using Warta.Web.Settings;

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
        UseSecureCookies(app);
        var settings = app.ApplicationServices.GetRequiredService<SiteSettingsCache>();
        // Only a site that says it lives at an https address promises browsers to come back over https (a year).
        var https = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Data.WartaOptions>>().Value.PublicIsHttps;
        // Added as the response starts rather than now: the output cache copies a page's headers before that, so
        // these constant strings stay out of every cached entry (a hit would otherwise deserialize the 230-character
        // policy anew), and no later middleware that resets headers can drop them.
        Func<object, Task> add = state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            // The one inline style allowed is the theme's accent colour, by its hash.
            var source = ThemeStylesheet.CspSource(settings.Current.Identity);
            var cached = last;
            if (cached.Source != source) last = cached = (source, PolicyBefore + source + PolicyAfter);
            // A response with a policy of its own keeps it (the embed player page: one provider's frame, nothing else).
            if (!headers.ContainsKey("Content-Security-Policy")) headers.ContentSecurityPolicy = cached.Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "SAMEORIGIN";
            if (https) headers.StrictTransportSecurity = "max-age=31536000";
            return Task.CompletedTask;
        };
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(add, context);
            return next(context);
        });
    }

    /// <summary>With an https public address every cookie is Secure, even when the proxy in front speaks plain HTTP to us.</summary>
    private static void UseSecureCookies(IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Data.WartaOptions>>().Value.PublicIsHttps)
            app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.Always });
    }
}
