namespace Warta.Web.Site;

/// <summary>
/// The site answers GET, HEAD and POST; any other method (TRACE, PUT, DELETE, PROPFIND, …) gets a plain 405 with the
/// methods it could use, before any page can mistake it for a request it handles. The REST API alone also takes PUT,
/// PATCH and DELETE, as WordPress's does, and answers an unknown route or method there itself (rest_no_route).
/// </summary>
public static class KnownMethods
{
    public static IApplicationBuilder UseKnownMethods(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method)) return next(context);
            if ((HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method))
                && (context.Request.Path.StartsWithSegments(Api.WpApi.Root) || (context.Request.Path == "/" && context.Request.Query.ContainsKey("rest_route"))))
                return next(context);
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD, POST";
            return Task.CompletedTask;
        });
}
