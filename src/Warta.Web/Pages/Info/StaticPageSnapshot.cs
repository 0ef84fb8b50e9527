using Warta.Web.Caching;

namespace Warta.Web.Pages.Info;

/// <summary>
/// A static page (Redaksi, Kontak…) as every reader sees it, kept in <see cref="SnapshotCache"/>: any change to a page
/// or the navigation evicts every page (the site tag), a "Baca juga" target's change this one.
/// </summary>
public sealed record StaticPageSnapshot(
    string Title, string CanonicalPath, DateTime UpdatedAt, string Body, IReadOnlyList<int> BacaJugaIds, IReadOnlyList<(string Title, string Url)> Children)
    : ISnapshot
{
    public static string KeyFor(string slug, string? child) => "page:" + slug + "/" + child;

    public IEnumerable<string> Tags => [CacheTags.Site, .. BacaJugaIds.Select(CacheTags.Article)];

    public long Bytes => 256 + 2L * (Title.Length + Body.Length) + Children.Sum(c => 2L * (c.Title.Length + c.Url.Length) + 64);
}
