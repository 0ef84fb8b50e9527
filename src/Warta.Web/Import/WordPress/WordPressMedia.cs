namespace Warta.Web.Import.WordPress;

/// <summary>
/// What an export says of its attachments, known from the checking pass: each one's address and alt text (WordPress's
/// <c>_wp_attachment_image_alt</c>, else its title), and which post it was uploaded to — what a <c>[gallery]</c> without
/// ids shows.
/// </summary>
public sealed class WordPressMedia
{
    private readonly Dictionary<int, string> urls = [];
    private readonly Dictionary<int, string> alts = [];
    private readonly Dictionary<int, List<int>> byPost = [];

    public IReadOnlyDictionary<int, string> Urls => urls;

    public static WordPressMedia None { get; } = new();

    public void Add(WxrItem attachment, string url)
    {
        urls[attachment.PostId] = url;
        var alt = attachment.Meta.TryGetValue("_wp_attachment_image_alt", out var a) && !string.IsNullOrWhiteSpace(a) ? a.Trim() : attachment.Title?.Trim();
        if (!string.IsNullOrEmpty(alt)) alts[attachment.PostId] = alt;
        if (attachment.Parent != 0)
        {
            if (!byPost.TryGetValue(attachment.Parent, out var list)) byPost[attachment.Parent] = list = [];
            list.Add(attachment.PostId);
        }
    }

    public string? UrlOf(int id) => urls.GetValueOrDefault(id);

    public string AltOf(int id) => alts.GetValueOrDefault(id, "");

    /// <summary>The attachments uploaded to <paramref name="postId"/>, in the order WordPress numbered them.</summary>
    public IReadOnlyList<int> Of(int postId) => byPost.TryGetValue(postId, out var list) ? list.Order().ToList() : [];
}
