using Warta.Web.Caching;

namespace Warta.Web.Changes;

/// <summary>What one save changed, as every cached thing needs to know it: cache tags and stories to re-index.</summary>
public sealed record ChangeSet(IReadOnlySet<string> Tags, IReadOnlySet<int> ArticleIds)
{
    public bool IsEmpty => Tags.Count == 0 && ArticleIds.Count == 0;

    /// <summary>A public story changed: the "Terpopuler" list keeps headlines in memory and must not show a stale one.</summary>
    public bool ArticlesChanged => Tags.Contains(CacheTags.Syndication) || Tags.Contains(CacheTags.Site);

    public static ChangeSet Everything { get; } = new(new HashSet<string>(StringComparer.Ordinal) { CacheTags.Site }, new HashSet<int>());

    public static ChangeSet Of(IEnumerable<string> tags, IEnumerable<int>? articleIds = null) =>
        new(tags.ToHashSet(StringComparer.Ordinal), (articleIds ?? []).Where(id => id > 0).ToHashSet());
}
