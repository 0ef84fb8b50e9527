using Warta.Web.Articles;
using Warta.Web.Articles.Body;
using Warta.Web.Caching;
using Warta.Web.Comments;

namespace Warta.Web.Pages.Articles;

/// <summary>
/// What the story page is built from, as every reader sees it: kept in <see cref="SnapshotCache"/> under the tags of
/// everything it shows (the story, its "Baca juga" targets, its related stories), so any change to them drops it.
/// </summary>
public sealed record StorySnapshot(
    ArticleView Article, string Body, IReadOnlyList<int> BacaJugaIds, IReadOnlyList<ArticleSummary> Related, CommentThread.Tree Comments,
    IReadOnlyList<Warta.Web.Corrections.CorrectionView> Corrections)
    : ISnapshot
{
    public static string KeyFor(string slug) => "story:" + slug;

    public IEnumerable<string> Tags =>
        [CacheTags.Site, CacheTags.Article(Article.Id), .. BacaJugaIds.Select(CacheTags.Article), .. Related.Select(r => CacheTags.Article(r.Id)),
         .. ReplyIds.Select(CacheTags.Article)];

    private IReadOnlyList<int>? replyIds;

    /// <summary>The stories its right-of-reply notes link to.</summary>
    public IReadOnlyList<int> ReplyIds => replyIds ??= Corrections.Where(c => c.ReplyId is not null).Select(c => c.ReplyId!.Value).ToArray();

    private string[]? pages;

    /// <summary>The body's pages (<see cref="StoryPages"/>), cut once per snapshot.</summary>
    public string[] Pages => pages ??= StoryPages.Split(Body);

    private readonly PerOrigin jsonLd = new(), share = new();

    /// <summary>The page's structured data, built once per snapshot for the address it is served under.</summary>
    public string JsonLdFor(string origin, Func<string> build) => jsonLd.Get(origin, build);

    /// <summary>The share links, built once per snapshot for the address it is served under.</summary>
    public string ShareFor(string origin, Func<string> build) => share.Get(origin, build);

    /// <summary>Text holding the site's address, kept for the last address asked (a site is nearly always served under one).</summary>
    private sealed class PerOrigin
    {
        private sealed record Text(string Origin, string Value);
        private Text? kept;

        public string Get(string origin, Func<string> build)
        {
            if (kept is { } text && text.Origin == origin) return text.Value;
            var value = build();
            kept = new Text(origin, value);
            return value;
        }
    }

    /// <summary>Roughly what it holds in memory: its text twice over (UTF-16) plus a little per object.</summary>
    public long Bytes => 2 * (Article.Body.Length + Body.Length + Comments.TextLength) + 512 * (Related.Count + Article.Tags.Count + 4);
}
