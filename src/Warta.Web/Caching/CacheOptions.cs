using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Caching;

/// <summary>Bound from "Warta:Cache" (environment: Warta__Cache__Enabled, Warta__Cache__PurgeKey, …).</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Warta:Cache";

    /// <summary>Serve anonymous reader pages from the output cache. Off only to measure the plain render path.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a page may stay cached with nothing evicting it: a safety net, not the freshness mechanism (every
    /// change evicts the pages that show it at once). Bounds what a time-driven list like "Terpopuler" may lag.
    /// </summary>
    [Range(1, 86_400)]
    public int LifetimeSeconds { get; set; } = 60;

    /// <summary>Cache-Control s-maxage for a CDN or reverse proxy in front; it can be purged through the hook.</summary>
    [Range(0, 86_400)]
    public int SharedMaxAgeSeconds { get; set; } = 60;

    [Range(0, 86_400)]
    public int StaleWhileRevalidateSeconds { get; set; } = 30;

    /// <summary>Memory the output cache may use, in megabytes.</summary>
    [Range(1, 16_384)]
    public int SizeLimitMegabytes { get; set; } = 64;

    /// <summary>
    /// Keep what a story page is built from (story, body, related list, comments) in memory under the page's tags
    /// (<see cref="SnapshotCache"/>). Off only to measure the render path straight from the database.
    /// </summary>
    public bool Snapshots { get; set; } = true;

    /// <summary>Memory those snapshots may use, in megabytes (estimated from their text).</summary>
    [Range(1, 16_384)]
    public int SnapshotMegabytes { get; set; } = 32;

    /// <summary>
    /// Memory for the most-asked pages answered in front of the output cache (<see cref="HotPages"/>), in megabytes;
    /// 0 turns that off and every hit goes through the output cache.
    /// </summary>
    [Range(0, 16_384)]
    public int HotPageMegabytes { get; set; } = 16;

    /// <summary>
    /// Send each shared page's tags in a Cache-Tag header, for a CDN that purges by tag (the purge hook's values).
    /// Off by default: the header only costs bytes when nothing reads it.
    /// </summary>
    public bool CacheTagHeader { get; set; }

    /// <summary>Secret a CDN or script sends (Authorization: Bearer …) to the purge hook; unset, the hook is off.</summary>
    public string? PurgeKey { get; set; }
}
