using Microsoft.Extensions.Primitives;

namespace Warta.Web.Site;

/// <summary>
/// A NUL character means nothing in a search, a filter or a comment, and PostgreSQL refuses it in text outright (the
/// parameter fuzz test found every newsroom search answering 500 there). It is taken out of query strings before
/// anything reads them; a form holding one (ASP.NET Core's form reader refuses it) gets a plain 400 saying so.
/// </summary>
public static class NulCharacters
{
    public static IApplicationBuilder UseNoNulCharacters(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.QueryString.Value is { } query && (query.Contains("%00", StringComparison.Ordinal) || query.Contains('\0', StringComparison.Ordinal)))
                request.Query = new QueryCollection(Clean(request.Query));
            if (HttpMethods.IsPost(request.Method) && request.HasFormContentType
                && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            {
                try
                {
                    await request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    // ASP.NET Core's form reader refuses a NUL in a form value: a plain 400 saying so, not a 500.
                    var text = context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource>>();
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await context.Response.WriteAsync(text["FormInvalidCharacters"], context.RequestAborted);
                    return;
                }
            }
            await next(context);
        });

    private static Dictionary<string, StringValues> Clean(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        values.GroupBy(kv => kv.Key.Replace("\0", "", StringComparison.Ordinal), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => new StringValues(g.SelectMany(kv => kv.Value).Select(v => v?.Replace("\0", "", StringComparison.Ordinal)).ToArray()),
                StringComparer.OrdinalIgnoreCase);
}
