namespace Warta.Web.Caching;

/// <summary>Something a page is built from, kept in <see cref="SnapshotCache"/>: its tags and roughly its size.</summary>
public interface ISnapshot
{
    /// <summary>The cache tags of everything it shows; evicting any of them drops it.</summary>
    IEnumerable<string> Tags { get; }

    /// <summary>Roughly the memory it holds, for the cache's size limit.</summary>
    long Bytes { get; }
}
