using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Comments;

/// <summary>The discussion settings as comment handling reads them, parsed once per settings change.</summary>
public sealed record DiscussionSettings(
    bool NameEmailRequired, bool ManualApproval, bool PreviouslyApproved, int MaxLinks,
    IReadOnlyList<string> ModerationWords, IReadOnlyList<string> DisallowedWords, int CloseAfterDays, int ThreadDepth, int PerPage, bool ShowPings,
    bool ThroughApi)
{
    public static DiscussionSettings From(SiteSettings s) => new(
        s.CommentNameEmailRequired, s.CommentManualApproval, s.CommentPreviouslyApproved, Math.Max(0, s.CommentMaxLinks),
        Words(s.CommentModerationWords), Words(s.CommentDisallowedWords), Math.Max(0, s.CommentCloseAfterDays),
        Math.Clamp(s.CommentThreadDepth, 1, 10), Math.Clamp(s.CommentsPerPage, 5, 500), s.ShowPings, s.CommentsThroughApi);

    // One word or phrase per line, as WordPress takes them.
    private static List<string> Words(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
