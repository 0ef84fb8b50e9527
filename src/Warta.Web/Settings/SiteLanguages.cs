using System.Globalization;

namespace Warta.Web.Settings;

/// <summary>The UI languages Warta ships resource strings for.</summary>
public static class SiteLanguages
{
    public const string Indonesian = "id";
    public const string English = "en";

    private static readonly CultureInfo IndonesianCulture = CultureInfo.GetCultureInfo("id-ID");

    // en-GB, not en-US: news sites write "Wednesday, 19 June 2024", day before month.
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    public static bool IsSupported(string language) => language is Indonesian or English;

    public static CultureInfo CultureFor(string language) =>
        language == English ? EnglishCulture : IndonesianCulture;
}
