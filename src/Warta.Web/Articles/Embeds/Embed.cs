using System.Text.RegularExpressions;

namespace Warta.Web.Articles.Embeds;

/// <summary>
/// A post or video from YouTube, X, Instagram, TikTok or Facebook, recognised from its address alone (no request to
/// the provider): where its player lives, and the same-origin page (<c>/sematan/…</c>) that frames it once a reader
/// asks for it.
/// </summary>
public sealed partial record Embed(string Provider, string Id, string Address)
{
    public string ProviderName => Provider switch
    {
        "youtube" => "YouTube", "x" => "X", "instagram" => "Instagram", "tiktok" => "TikTok", _ => "Facebook",
    };

    /// <summary>The page on this site that holds the provider's player (the only page whose policy lets it in).</summary>
    public string LocalPlayer => $"/sematan/{Provider}/{Id}/"; // ids are checked to letters, digits, "_", "-", "." (and "/" for Facebook)

    /// <summary>The provider's own player address, built from a checked id only: the wrapper is never an open frame.</summary>
    public string PlayerUrl => Provider switch
    {
        "youtube" => $"https://www.youtube-nocookie.com/embed/{Id}",
        "x" => $"https://platform.twitter.com/embed/Tweet.html?id={Id}&dnt=true",
        "instagram" => $"https://www.instagram.com/p/{Id}/embed/",
        "tiktok" => $"https://www.tiktok.com/embed/v2/{Id}",
        _ => $"https://www.facebook.com/plugins/post.php?href={Uri.EscapeDataString(FacebookAddress(Id))}",
    };

    /// <summary>The origin the wrapper page's policy allows as a frame.</summary>
    public string PlayerOrigin => new Uri(PlayerUrl).GetLeftPart(UriPartial.Authority);

    public static Embed? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500) return null;
        var address = text.Trim();
        if (YouTube().Match(address) is { Success: true } y) return new("youtube", y.Groups["id"].Value, address);
        if (XPost().Match(address) is { Success: true } x) return new("x", x.Groups["id"].Value, address);
        if (Instagram().Match(address) is { Success: true } i) return new("instagram", i.Groups["id"].Value, address);
        if (TikTok().Match(address) is { Success: true } t) return new("tiktok", t.Groups["id"].Value, address);
        if (Facebook().Match(address) is { Success: true } f) return new("facebook", f.Groups["path"].Value, address);
        return null;
    }

    /// <summary>The embed a wrapper request names, when the id is one this provider could have.</summary>
    public static Embed? Named(string provider, string id) => provider switch
    {
        "youtube" when YouTubeId().IsMatch(id) => new(provider, id, $"https://www.youtube.com/watch?v={id}"),
        "x" or "tiktok" when Digits().IsMatch(id) => new(provider, id, provider == "x" ? $"https://x.com/i/status/{id}" : $"https://www.tiktok.com/embed/v2/{id}"),
        "instagram" when InstagramId().IsMatch(id) => new(provider, id, $"https://www.instagram.com/p/{id}/"),
        "facebook" when FacebookPath().IsMatch(id) => new(provider, id, FacebookAddress(id)),
        _ => null,
    };

    private static string FacebookAddress(string path) => "https://www.facebook.com/" + path;

    [GeneratedRegex(@"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:[^#\s]*&)?v=|shorts/|live/)|youtu\.be/)(?<id>[A-Za-z0-9_-]{11})(?:[?&#][^\s]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex YouTube();

    [GeneratedRegex(@"^https?://(?:www\.|mobile\.)?(?:x|twitter)\.com/[A-Za-z0-9_]{1,15}/status(?:es)?/(?<id>\d{1,25})(?:[/?#][^\s]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex XPost();

    [GeneratedRegex(@"^https?://(?:www\.)?instagram\.com/(?:p|reel|tv)/(?<id>[A-Za-z0-9_-]{5,40})/?(?:\?[^\s]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Instagram();

    [GeneratedRegex(@"^https?://(?:www\.)?tiktok\.com/@[A-Za-z0-9_.]{1,40}/video/(?<id>\d{5,25})(?:[/?#][^\s]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TikTok();

    [GeneratedRegex(@"^https?://(?:www\.|m\.)?facebook\.com/(?<path>[A-Za-z0-9_.-]{1,80}/(?:posts|videos)/[A-Za-z0-9_.-]{1,80})/?(?:\?[^\s]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Facebook();

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")] private static partial Regex YouTubeId();
    [GeneratedRegex(@"^\d{5,25}$")] private static partial Regex Digits();
    [GeneratedRegex("^[A-Za-z0-9_-]{5,40}$")] private static partial Regex InstagramId();
    [GeneratedRegex(@"^[A-Za-z0-9_.-]{1,80}/(?:posts|videos)/[A-Za-z0-9_.-]{1,80}$")] private static partial Regex FacebookPath();
}
