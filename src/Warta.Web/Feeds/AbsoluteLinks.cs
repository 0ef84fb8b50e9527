using System.Text.RegularExpressions;

namespace Warta.Web.Feeds;

/// <summary>Feed readers show HTML away from the site, so site-relative links and images must carry the host.</summary>
public static partial class AbsoluteLinks
{
    public static string Rewrite(string html, string baseUrl) =>
        SiteRelative().Replace(html, m => $"{m.Groups["attr"].Value}=\"{baseUrl}/");

    [GeneratedRegex("""(?<attr>href|src)="/(?!/)""")]
    private static partial Regex SiteRelative();
}
