using Warta.Web.Site;
namespace Warta.Web.Settings;

/// <summary>How the site presents itself: logo, favicon, accent colour, social profiles, and the publisher for search engines.</summary>
public sealed record SiteIdentity(
    string? LogoUrl, string FaviconUrl, string AccentColor, IReadOnlyList<string> SocialLinks, string PublisherName, string PublisherLogoUrl)
{
    public static SiteIdentity From(SiteSettings s) => new(
        s.LogoUrl,
        string.IsNullOrWhiteSpace(s.FaviconUrl) ? "/favicon.svg" : s.FaviconUrl,
        IsColor(s.AccentColor) ? s.AccentColor : "#b3261e",
        (s.SocialLinks ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith("https://", StringComparison.OrdinalIgnoreCase)).ToList(),
        string.IsNullOrWhiteSpace(s.PublisherName) ? s.Name : s.PublisherName,
        string.IsNullOrWhiteSpace(s.PublisherLogoUrl) ? s.LogoUrl ?? SiteUrls.Logo : s.PublisherLogoUrl);

    public static bool IsColor(string? value) =>
        value is { Length: 7 } && value[0] == '#' && value.Skip(1).All(char.IsAsciiHexDigit);

    /// <summary>Site path or https address: nothing else may be put into a page as an image or link target.</summary>
    public static bool IsSafeUrl(string? value) =>
        string.IsNullOrEmpty(value) || (value.Length <= 1000 && ((value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
            || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)));
}
