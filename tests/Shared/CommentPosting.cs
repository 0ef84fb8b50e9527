using AngleSharp.Dom;

namespace Warta.Testing;

/// <summary>Posts the article page's comment form as a browser without JavaScript would.</summary>
public static class CommentPosting
{
    public static async Task<HttpResponseMessage> PostCommentAsync(
        this HttpClient client, string articleUrl, string text, string name = "Budi Pembaca", string? email = null,
        string? url = null, int? parentId = null, string? honeypot = null, string? userAgent = null)
    {
        var page = Html.Parse(await client.GetStringAsync(articleUrl));
        var form = page.QuerySelector("form.comment-form") ?? throw new InvalidOperationException("No comment form on " + articleUrl);
        string Field(string name) => form.QuerySelector($"input[name='{name}']")?.GetAttribute("value") ?? "";
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Field("__RequestVerificationToken"),
            ["Comment.Token"] = Field("Comment.Token"),
            ["Comment.Comment"] = text,
            ["Comment.Author"] = name,
            ["Comment.Email"] = email ?? $"pembaca-{Guid.NewGuid().ToString("N")[..8]}@contoh.id",
            ["Comment.Url"] = url ?? "",
            ["Comment.Alamat"] = honeypot ?? "",
        };
        if (parentId is { } parent) fields["Comment.ParentId"] = parent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action")) { Content = new FormUrlEncodedContent(fields) };
        if (userAgent is not null) request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return await client.SendAsync(request);
    }

    public static IElement? CommentById(this IDocument page, int id) => page.GetElementById($"comment-{id}");
}
