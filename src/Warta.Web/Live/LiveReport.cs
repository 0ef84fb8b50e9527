using Warta.Web.Caching;

namespace Warta.Web.Live;

/// <summary>An entry as readers see it: its body rendered (sanitized, "Baca juga" filled in) once per change.</summary>
public sealed record LiveEntryView(
    int Id, string? Headline, string BodyHtml, string PlainText, DateTime PublishedAt, DateTime ChangedAt, DateTime? EditedAt, bool Pinned,
    string AuthorName, string Initials);

/// <summary>
/// A story's live coverage as every reader sees it, built from the database once per change and kept in
/// <see cref="SnapshotCache"/> under the story's tag: the page and the address waiting readers poll both read it.
/// </summary>
/// <param name="Entries">Published entries, newest first (withdrawn ones are not among them).</param>
/// <param name="Withdrawn">Entries withdrawn lately, so a page that showed one drops it.</param>
/// <param name="BuiltAt">When it was read: changes since <see cref="RecentSince"/> are all in what the poll answers.</param>
/// <param name="Latest">The latest change to any entry, withdrawn ones too: a page that last heard before it and before the window reloads.</param>
public sealed record LiveReport(
    int ArticleId, string StoryPath, DateTime? Since, DateTime? Until, IReadOnlyList<LiveEntryView> Entries, IReadOnlyList<int> Withdrawn, IReadOnlyList<int> BacaJugaIds,
    DateTime BuiltAt, DateTime? Latest) : ISnapshot
{
    /// <summary>How far back a poll's answer reaches: a page that last asked before that reloads the stream whole.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>The newest entries always in a poll's answer, whatever their age.</summary>
    public const int NewestInPoll = 30;

    public static string KeyFor(int articleId) => "live:" + articleId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool IsLive => Since is not null && Until is null;
    public DateTime RecentSince => BuiltAt - Window;
    public IEnumerable<LiveEntryView> Pinned => Entries.Where(e => e.Pinned).OrderBy(e => e.PublishedAt);

    /// <summary>The latest change readers see, for <c>Last-Modified</c>.</summary>
    public DateTime? LastChange => Entries.Count == 0 ? Since : Entries.Max(e => e.ChangedAt);

    public IEnumerable<string> Tags => [CacheTags.Site, CacheTags.Article(ArticleId), .. BacaJugaIds.Select(CacheTags.Article)];

    /// <summary>Milliseconds since 1970 (UTC): what a page's script compares, exactly (ticks would not fit a JavaScript number).</summary>
    public static long Stamp(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();

    public long Bytes => 256 + Entries.Sum(e => 2L * (e.BodyHtml.Length + e.PlainText.Length + (e.Headline?.Length ?? 0)) + 200);
}
