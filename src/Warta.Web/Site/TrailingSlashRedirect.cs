namespace Warta.Web.Site;

/// <summary>
/// Reader URLs end in a slash, as WordPress's do; the slashless form answers 301 so each page has one address
/// for readers, caches and search engines. Files (a dot in the last segment), health checks and the REST API (whose
/// WordPress routes have no slash: /wp-json/wp/v2/posts) are left alone.
/// </summary>
public static class TrailingSlashRedirect
{
    private static readonly string[] Exempt = ["/healthz", "/readyz"];

    public static IApplicationBuilder UseTrailingSlashRedirect(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            var path = request.Path.Value;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && path is { Length: > 1 } && !path.EndsWith('/')
                && !path.AsSpan(path.LastIndexOf('/')).Contains('.')
                && !Exempt.Contains(path, StringComparer.OrdinalIgnoreCase)
                && !path.StartsWith(Api.WpApi.Root + "/", StringComparison.OrdinalIgnoreCase)
                && LocalTarget(request) is { } target)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = target;
                return Task.CompletedTask;
            }
            return next(context);
        });

    /// <summary>
    /// The slashed address, re-escaped from the decoded path (so CR/LF and non-ASCII become %-escapes rather than a
    /// broken header), or null when a browser would read it as another host: "//host/x" is protocol-relative, and
    /// browsers treat "\" as "/". Such a path is no page of ours, so it goes on to the 404 page.
    /// </summary>
    internal static string? LocalTarget(HttpRequest request)
    {
        var target = request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + "/";
        if (target.Length < 2 || target[0] != '/' || target[1] is '/' or '\\') return null;
        return target + request.QueryString.ToUriComponent();
    }
}
