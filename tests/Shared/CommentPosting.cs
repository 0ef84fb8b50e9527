using AngleSharp.Dom;

namespace Warta.Testing;

/// <summary>
/// Posts the article page's comment form as a browser does: a page shared through the cache carries no tokens, so
/// they are fetched from the form's data-token-url first, as the page's script does when a reader starts writing
/// (<see cref="PostWithoutScriptAsync"/> covers the browser without JavaScript).
/// </summary>
public static class CommentPosting
{
    public static async Task<HttpResponseMessage> PostCommentAsync(
        this HttpClient client, string articleUrl, string text, string name = "Budi Pembaca", string? email = null,
        string? url = null, int? parentId = null, string? honeypot = null, string? userAgent = null, Func<string, string>? action = null)
    {
        var page = Html.Parse(await client.GetStringAsync(articleUrl));
        var form = page.QuerySelector("form.comment-form") ?? throw new InvalidOperationException("No comment form on " + articleUrl);
        string Field(string name) => form.QuerySelector($"input[name='{name}']")?.GetAttribute("value") ?? "";
        var (antiforgery, timer) = (Field("__RequestVerificationToken"), Field("Comment.Token"));
        if (form.GetAttribute("data-token-url") is { Length: > 0 } tokenUrl)
        {
            using var tokens = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(tokenUrl));
            (antiforgery, timer) = (tokens.RootElement.GetProperty("token").GetString()!, tokens.RootElement.GetProperty("timer").GetString()!);
        }
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["Comment.Token"] = timer,
            ["Comment.Comment"] = text,
            ["Comment.Author"] = name,
            ["Comment.Email"] = email ?? $"pembaca-{Guid.NewGuid().ToString("N")[..8]}@contoh.id",
            ["Comment.Url"] = url ?? "",
            ["Comment.Alamat"] = honeypot ?? "",
        };
        if (parentId is { } parent) fields["Comment.ParentId"] = parent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var target = form.GetAttribute("action")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, action is null ? target : action(target)) { Content = new FormUrlEncodedContent(fields) };
        if (userAgent is not null) request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return await client.SendAsync(request);
    }

    /// <summary>The form's address and tokens as the page's script gets them: from the page, or fetched when it has none.</summary>
    public static async Task<(string Action, string Antiforgery, string Timer)> FormTokensAsync(this HttpClient client, string articleUrl)
    {
        var form = Html.Parse(await client.GetStringAsync(articleUrl)).QuerySelector("form.comment-form")
            ?? throw new InvalidOperationException("No comment form on " + articleUrl);
        var action = form.GetAttribute("action")!;
        if (form.GetAttribute("data-token-url") is { Length: > 0 } tokenUrl)
        {
            using var tokens = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(tokenUrl));
            return (action, tokens.RootElement.GetProperty("token").GetString()!, tokens.RootElement.GetProperty("timer").GetString()!);
        }
        string Field(string name) => form.QuerySelector($"input[name='{name}']")?.GetAttribute("value") ?? "";
        return (action, Field("__RequestVerificationToken"), Field("Comment.Token"));
    }

    /// <summary>Sends the form exactly as the page has it, as a browser without JavaScript does.</summary>
    public static async Task<HttpResponseMessage> PostWithoutScriptAsync(this HttpClient client, string articleUrl, Dictionary<string, string> typed)
    {
        var page = Html.Parse(await client.GetStringAsync(articleUrl));
        var form = page.QuerySelector("form.comment-form") ?? throw new InvalidOperationException("No comment form on " + articleUrl);
        var fields = form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in typed) fields[name] = value;
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    public static IElement? CommentById(this IDocument page, int id) => page.GetElementById($"comment-{id}");
}
