using Microsoft.AspNetCore.Routing.Patterns;

namespace Warta.Web.StaticPages;

/// <summary>
/// First path segments a page may not take because the site itself answers there, read from the route table (every
/// page, endpoint and fingerprinted file the app maps) rather than kept by hand, so a new route is reserved the day it
/// is added. Only what is served outside routing is named here.
/// </summary>
public sealed class ReservedSlugs(EndpointDataSource endpoints)
{
    /// <summary>Served before routing or by convention rather than by a route of their own.</summary>
    private static readonly string[] OutsideRouting = ["media", "page", "wp-content", "wp-admin", "wp-json", "xmlrpc.php"];

    private readonly Lazy<HashSet<string>> reserved = new(() => Read(endpoints));

    public bool Contains(string slug) => reserved.Value.Contains(slug);

    private static HashSet<string> Read(EndpointDataSource endpoints)
    {
        var slugs = new HashSet<string>(OutsideRouting, StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
            if (endpoint.RoutePattern.PathSegments is [var first, ..] && first.Parts is [RoutePatternLiteralPart literal, ..])
                slugs.Add(literal.Content.Split('.')[0]);
        return slugs;
    }
}
