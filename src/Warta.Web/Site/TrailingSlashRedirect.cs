namespace Warta.Web.Site;

/// <summary>
/// Reader URLs end in a slash, as WordPress's do; the slashless form answers 301 so each page has one address
/// for readers, caches and search engines. Files (a dot in the last segment) and health checks are left alone.
/// </summary>
public static class TrailingSlashRedirect
{
    private static readonly string[] Exempt = ["/healthz"];

    public static IApplicationBuilder UseTrailingSlashRedirect(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            var path = request.Path.Value;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && path is { Length: > 1 } && !path.EndsWith('/')
                && !path.AsSpan(path.LastIndexOf('/')).Contains('.')
                && !Exempt.Contains(path, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = request.PathBase + path + "/" + request.QueryString;
                return Task.CompletedTask;
            }
            return next(context);
        });
}
