using Warta.Web.Articles;
using Warta.Web.Caching;

namespace Warta.Web.Pages;

/// <summary>
/// What one page of the front page is built from, kept in <see cref="SnapshotCache"/> under the tags its cached page
/// carries: any publication (the "all stories" tag) or a change to a story it lists drops it. "Terpopuler" is not
/// part of it, so the list reordering re-renders the page without the database.
/// </summary>
public sealed record HomeSnapshot(ArticlePage Latest, ArticleSummary? Pinned, IReadOnlyList<IndexModel.SectionBlock> Blocks) : ISnapshot
{
    public static string KeyFor(int page) => "home:" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private IEnumerable<ArticleSummary> Shown => Latest.Items.Concat(Blocks.SelectMany(b => b.Articles)).Concat(Pinned is null ? [] : [Pinned]);

    public IEnumerable<string> Tags => [CacheTags.Site, CacheTags.AllArticles, .. Shown.Select(a => CacheTags.Article(a.Id))];

    public long Bytes => Shown.Sum(a => 2L * (a.Headline.Length + (a.Dek?.Length ?? 0) + a.Url.Length + (a.ImageUrl?.Length ?? 0)) + 256);
}
