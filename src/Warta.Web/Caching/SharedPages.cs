using Warta.Web.Comments;

namespace Warta.Web.Caching;

/// <summary>
/// Whether a request may be answered with the page everyone gets. Signed-in staff (their pages carry their own
/// controls and tokens) and a commenter whose held comment is waiting (only they see it) always get a fresh page.
/// </summary>
public static class SharedPages
{
    public const string StaffCookie = ".Warta.Newsroom";

    public static bool Apply(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        var path = request.Path.Value ?? "/";
        if (path.StartsWith("/newsroom", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/_", StringComparison.Ordinal)
            || path.StartsWith("/cari", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/komentar/", StringComparison.OrdinalIgnoreCase))
            return false;
        // Files (scripts, styles, media) have their own caching; sitemaps are the one kind of page with an extension.
        var last = path.AsSpan(path.LastIndexOf('/') + 1);
        if (last.Contains('.') && !last.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) return false;
        return !IsPersonal(context);
    }

    /// <summary>The request carries someone's staff session, their held comments, or credentials (an API client's).</summary>
    public static bool IsPersonal(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey("Authorization")) return true;
        foreach (var cookie in context.Request.Cookies.Keys)
            if (cookie.StartsWith(StaffCookie, StringComparison.Ordinal) || cookie == HeldComments.CookieName) return true;
        return false;
    }
}
