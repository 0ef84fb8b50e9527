namespace Warta.Web.Site;

/// <summary>The reader site's URL scheme in one place, so links and routes cannot drift apart.</summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Logo = "/logo.svg";
    public static string Section(string slug) => $"/rubrik/{slug}/";
    public static string Tag(string slug) => $"/tag/{slug}/";
    public static string Author(string slug) => $"/penulis/{slug}/";

    /// <summary>Page <paramref name="page"/> of a listing whose first page is at <paramref name="baseUrl"/>.</summary>
    public static string Page(string baseUrl, int page) =>
        page <= 1 ? baseUrl : $"{baseUrl}page/{page}/";
}
