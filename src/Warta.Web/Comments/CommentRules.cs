using System.Text.RegularExpressions;

namespace Warta.Web.Comments;

/// <summary>The pure parts of comment moderation, with WordPress's meaning.</summary>
public static partial class CommentRules
{
    public static bool IsOpen(bool articleOpen, DateTime publishedAtUtc, DiscussionSettings rules, DateTime utcNow) =>
        articleOpen && (rules.CloseAfterDays == 0 || publishedAtUtc.AddDays(rules.CloseAfterDays) > utcNow);

    /// <summary>Case-insensitive substring match, as WordPress's moderation and disallowed keys work.</summary>
    public static bool MatchesAny(string haystack, IReadOnlyList<string> words) =>
        words.Any(w => haystack.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>Links as WordPress counts them: anchors, plus bare http(s) addresses.</summary>
    public static int CountLinks(string text) => Anchors().Count(text) + BareUrls().Count(Anchors().Replace(text, ""));

    [GeneratedRegex(@"<a\s[^>]*\bhref[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Anchors();

    [GeneratedRegex(@"https?://", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrls();
}
