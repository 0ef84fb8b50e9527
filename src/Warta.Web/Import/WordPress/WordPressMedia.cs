using System.Text.RegularExpressions;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// What an export says of its attachments, known from the checking pass: each one's address and alt text (WordPress's
/// <c>_wp_attachment_image_alt</c>, else its title), and which post it was uploaded to — what a <c>[gallery]</c> without
/// ids shows.
/// </summary>
public sealed partial class WordPressMedia
{
    private readonly Dictionary<int, string> urls = [];
    private readonly Dictionary<int, string> alts = [];
    private readonly Dictionary<int, List<int>> byPost = [];
    private readonly Dictionary<int, string> local = [];
    private readonly Dictionary<string, string> localByAddress = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<int, string> Urls => urls;

    public static WordPressMedia None { get; } = new();

    /// <summary>An address alone (what a caller that knows no more can give).</summary>
    public void Add(int id, string url) => urls[id] = url;

    public void Add(WxrItem attachment, string url)
    {
        Add(attachment.PostId, url);
        var alt = attachment.Meta.TryGetValue("_wp_attachment_image_alt", out var a) && !string.IsNullOrWhiteSpace(a) ? a.Trim() : attachment.Title?.Trim();
        if (!string.IsNullOrEmpty(alt)) alts[attachment.PostId] = alt;
        if (attachment.Parent != 0)
        {
            if (!byPost.TryGetValue(attachment.Parent, out var list)) byPost[attachment.Parent] = list = [];
            list.Add(attachment.PostId);
        }
    }

    /// <summary>The attachment's address: its copy in the media library once fetched, else where the old site kept it.</summary>
    public string? UrlOf(int id) => local.TryGetValue(id, out var copy) ? copy : urls.GetValueOrDefault(id);

    public IEnumerable<int> Parents(int id) => byPost.Where(p => p.Value.Contains(id)).Select(p => p.Key);

    /// <summary>The attachment now lives at <paramref name="localUrl"/>: every use of it, in any size WordPress made, points there.</summary>
    public void SetLocal(int id, string localUrl)
    {
        local[id] = localUrl;
        if (urls.TryGetValue(id, out var original)) localByAddress[Key(original)] = localUrl;
    }

    /// <summary>
    /// Points every address of a fetched attachment in <paramref name="html"/> at its local copy: http or https,
    /// protocol-relative, and WordPress's sized variants ("photo-1024x768.jpg" is "photo.jpg" at another size).
    /// </summary>
    public string Rewrite(string html) => localByAddress.Count == 0 ? html : Addresses().Replace(html, m =>
        localByAddress.TryGetValue(Key(m.Value), out var copy) ? copy : m.Value);

    /// <summary>"https://old.example/a/photo-300x200.jpg" and "//old.example/a/photo.jpg" → "old.example/a/photo.jpg".</summary>
    private static string Key(string address)
    {
        var start = address.IndexOf("//", StringComparison.Ordinal);
        var rest = start >= 0 ? address[(start + 2)..] : address;
        return SizeSuffix().Replace(rest, "$1");
    }

    [GeneratedRegex(@"(?:https?:)?//[^\s""'<>()\]\[]+\.(?:jpe?g|png|gif|webp|pdf|mp3|m4a|mp4|m4v|ogg|oga|ogv|wav|webm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Addresses();

    [GeneratedRegex(@"-\d+x\d+(\.[a-z]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SizeSuffix();

    public string AltOf(int id) => alts.GetValueOrDefault(id, "");

    /// <summary>The attachments uploaded to <paramref name="postId"/>, in the order WordPress numbered them.</summary>
    public IReadOnlyList<int> Of(int postId) => byPost.TryGetValue(postId, out var list) ? list.Order().ToList() : [];
}
