using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Changes;

/// <summary>Bound from "Warta:Changes".</summary>
public sealed class ChangeOptions
{
    public const string SectionName = "Warta:Changes";

    /// <summary>
    /// How often a site process looks for changes made by another process (a command, another node). Its own are
    /// seen at once. A change elsewhere reaches this process's pages and search within about this long.
    /// </summary>
    [Range(10, 60_000)]
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>How long journal rows are kept; a node that was away longer rebuilds its search index on return.</summary>
    [Range(1, 3650)]
    public int KeepDays { get; set; } = 7;
}
