using Warta.Web.Settings;
using System.Globalization;

namespace Warta.Web.Site;

/// <summary>
/// The UI language is a site setting, not the visitor's Accept-Language: a newspaper has one edition language,
/// and every reader (and cache) must get the same page.
/// </summary>
public static class SiteCultureMiddleware
{
    public static IApplicationBuilder UseSiteCulture(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var culture = context.RequestServices.GetRequiredService<SiteSettingsCache>().Current.Culture;
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return next(context);
        });
}
