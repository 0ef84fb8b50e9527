namespace Warta.Web.Import.WordPress;

/// <summary>
/// The namespaces a WordPress export uses, recognised by their address whatever prefix the file binds them to, and
/// over http or https: WordPress.com and newer exporters write https://wordpress.org/export/1.2/, older ones http.
/// </summary>
public static class WxrNamespaces
{
    /// <summary>wp: http(s)://wordpress.org/export/1.0/, 1.1/ or 1.2/.</summary>
    public static bool IsWp(string ns) =>
        Rest(ns, "wordpress.org/export/") is { } version && version.Length > 0 && !version.Contains("excerpt", StringComparison.Ordinal);

    /// <summary>excerpt: http(s)://wordpress.org/export/1.x/excerpt/.</summary>
    public static bool IsExcerpt(string ns) =>
        Rest(ns, "wordpress.org/export/") is { } version && version.EndsWith("/excerpt/", StringComparison.Ordinal);

    public static bool IsContent(string ns) => Rest(ns, "purl.org/rss/1.0/modules/content/") is "";

    public static bool IsDublinCore(string ns) => Rest(ns, "purl.org/dc/elements/1.1/") is "";

    public static bool IsWellFormedWeb(string ns) => Rest(ns, "wellformedweb.org/CommentAPI/") is "";

    /// <summary>What follows <paramref name="address"/> in <paramref name="ns"/> (scheme http or https), or null when it is another namespace.</summary>
    private static string? Rest(string ns, string address)
    {
        var start = ns.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8 : ns.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 : -1;
        if (start < 0 || string.Compare(ns, start, address, 0, address.Length, StringComparison.OrdinalIgnoreCase) != 0) return null;
        return ns[(start + address.Length)..];
    }
}
