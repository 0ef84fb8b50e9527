namespace Warta.Web.Popular;

/// <summary>
/// Counts a view whenever an article page goes out, whether it was rendered now or served from the output cache:
/// the page names its article in an internal header, which is read and removed as the response starts, so the
/// cached copy carries it and readers never see it.
/// </summary>
public static class ViewCounting
{
    public const string Header = "X-Warta-Article-View";

    public static IApplicationBuilder UseViewCounting(this IApplicationBuilder app)
    {
        var views = app.ApplicationServices.GetRequiredService<ViewCounter>();
        return app.Use((context, next) =>
        {
            if (!IsArticleAddress(context.Request)) return next(context);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (headers.TryGetValue(Header, out var value))
                {
                    headers.Remove(Header);
                    if (context.Response.StatusCode == StatusCodes.Status200OK && int.TryParse(value, out var id)) views.Record(id, context);
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>/yyyy/MM/dd/slug/: only story pages count views, so only they pay for watching the response.</summary>
    private static bool IsArticleAddress(HttpRequest request)
    {
        var path = request.Path.Value;
        return HttpMethods.IsGet(request.Method) && path is { Length: > 12 } && path[5] == '/' && char.IsAsciiDigit(path[1]) && char.IsAsciiDigit(path[4]);
    }
}
