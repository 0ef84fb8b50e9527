using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Feeds;

/// <summary>Bound from "Warta:Feeds".</summary>
public sealed class FeedOptions
{
    public const string SectionName = "Warta:Feeds";

    /// <summary>Articles per feed (WordPress's "Syndication feeds show the most recent", default 10; newsrooms want more).</summary>
    [Range(1, 200)]
    public int ItemCount { get; set; } = 20;
}
