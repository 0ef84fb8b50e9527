namespace Warta.Web.Api;

/// <summary>
/// Errors as WordPress's REST API writes them, <c>{"code", "message", "data": {"status"}}</c>, with its codes, so a
/// client written for WordPress recognises them.
/// </summary>
public static class WpError
{
    public static IResult Of(string code, string message, int status, object? extra = null) =>
        Results.Json(new Dictionary<string, object?>
        {
            ["code"] = code,
            ["message"] = message,
            ["data"] = extra is null ? new Dictionary<string, object?> { ["status"] = status } : Merge(status, extra),
        }, statusCode: status);

    private static Dictionary<string, object?> Merge(int status, object extra)
    {
        var data = new Dictionary<string, object?> { ["status"] = status };
        foreach (var property in extra.GetType().GetProperties()) data[property.Name] = property.GetValue(extra);
        return data;
    }

    public static IResult NoRoute() => Of("rest_no_route", "No route was found matching the URL and request method.", 404);

    public static IResult InvalidId(string kind) => Of($"rest_{kind}_invalid_id", kind switch
    {
        "post" => "Invalid post ID.",
        "term" => "Term does not exist.",
        "user" => "Invalid user ID.",
        "comment" => "Invalid comment ID.",
        _ => "Invalid ID.",
    }, 404);

    public static IResult InvalidParameters(IReadOnlyDictionary<string, string> problems) =>
        Of("rest_invalid_param", "Invalid parameter(s): " + string.Join(", ", problems.Keys), 400, new { @params = problems });

    public static IResult PageTooLarge() =>
        Of("rest_post_invalid_page_number", "The page number requested is larger than the number of pages available.", 400);

    public static IResult Forbidden(string code, string message) => Of(code, message, 401);

    /// <summary>A write whose body is neither JSON that parses to an object nor a form.</summary>
    public static IResult InvalidJson() => Of("rest_invalid_json", "Invalid JSON body passed.", 400);
}
