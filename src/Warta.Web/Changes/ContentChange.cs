namespace Warta.Web.Changes;

/// <summary>
/// One committed change to what readers see, as a row of the change journal: the cache tags it makes stale and the
/// stories whose search entries it changed. Written in the same transaction as the change itself, by whichever
/// process made it (the site, a command, another node), and read by every site process to follow it.
/// </summary>
public class ContentChange
{
    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>The process that made the change; it has already applied it to its own caches.</summary>
    public required string Origin { get; set; }

    /// <summary>Cache tags, space-separated.</summary>
    public required string Tags { get; set; }

    /// <summary>Ids of the stories to re-index, space-separated; empty when none.</summary>
    public required string ArticleIds { get; set; }
}
