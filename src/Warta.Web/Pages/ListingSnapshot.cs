using Warta.Web.Articles;
using Warta.Web.Caching;

namespace Warta.Web.Pages;

/// <summary>Whose list a listing is (a tag, an author), as the page shows them.</summary>
public sealed record ListingOwner(int Id, string Name, string? Bio = null, string? PhotoUrl = null);

/// <summary>
/// What one page of a section, tag, author or date listing is built from, kept in <see cref="SnapshotCache"/> under
/// the tags its cached page carries (the list's own tag and each story it shows): a page the output cache dropped for
/// an unrelated reason ("Terpopuler" reordered, its lifetime ran out) is rebuilt without the database. Small: a page
/// of summaries, bounded by the snapshot cache's size limit with the rest.
/// </summary>
public sealed record ListingSnapshot(ArticlePage Articles, IReadOnlyList<string> ListTags, ListingOwner? Owner = null) : ISnapshot
{
    public static string KeyFor(string kind, string name, int? page) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kind}:{name}:{page ?? 1}");

    public IEnumerable<string> Tags => [CacheTags.Site, .. ListTags, .. Articles.Items.Select(a => CacheTags.Article(a.Id))];

    public long Bytes => 256 + (Owner is { } o ? 2L * (o.Name.Length + (o.Bio?.Length ?? 0)) : 0)
        + Articles.Items.Sum(a => 2L * (a.Headline.Length + (a.Dek?.Length ?? 0) + a.Url.Length + (a.ImageUrl?.Length ?? 0)) + 256);
}
