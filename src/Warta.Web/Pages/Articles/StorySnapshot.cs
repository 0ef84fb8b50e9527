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
         .. Corrections.Where(c => c.ReplyId is not null).Select(c => CacheTags.Article(c.ReplyId!.Value))];

    private string[]? pages;

    /// <summary>The body's pages (<see cref="StoryPages"/>), cut once per snapshot.</summary>
    public string[] Pages => pages ??= StoryPages.Split(Body);

    private sealed record JsonLdText(string Origin, string Json);
    private JsonLdText? jsonLd;

    /// <summary>The page's structured data, built once per snapshot for the address it is served under.</summary>
    public string JsonLdFor(string origin, Func<string> build)
    {
        if (jsonLd is { } kept && kept.Origin == origin) return kept.Json;
        var json = build();
        jsonLd = new JsonLdText(origin, json);
        return json;
    }

    /// <summary>Roughly what it holds in memory: its text twice over (UTF-16) plus a little per object.</summary>
    public long Bytes => 2 * (Article.Body.Length + Body.Length + Comments.TextLength) + 512 * (Related.Count + Article.Tags.Count + 4);
}
