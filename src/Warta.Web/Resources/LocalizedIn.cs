using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Warta.Web.Resources;

public static class LocalizedIn
{
    /// <summary>
    /// A string in the site's language where no request chose one (an import in the background or on the console):
    /// resource lookups follow the current UI culture, so it is that culture for the one lookup.
    /// </summary>
    public static string WithCulture(this IStringLocalizer localizer, CultureInfo culture, string key, params object[] arguments)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try { return localizer[key, arguments]; }
        finally { CultureInfo.CurrentUICulture = previous; }
    }
}
