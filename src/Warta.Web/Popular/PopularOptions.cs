using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Popular;

/// <summary>Bound from "Warta:Popular".</summary>
public sealed class PopularOptions
{
    public const string SectionName = "Warta:Popular";

    /// <summary>How often counted views are written to the database, in one batch.</summary>
    [Range(1, 600)]
    public int FlushSeconds { get; set; } = 30;

    /// <summary>A reader reloading the same story within this time counts once.</summary>
    [Range(1, 1440)]
    public int RepeatMinutes { get; set; } = 30;

    /// <summary>
    /// Views one address may add to one story within <see cref="RepeatMinutes"/>, whatever browser it claims: a
    /// script rotating User-Agents cannot push a story up, and an office or campus sharing an address still counts.
    /// </summary>
    [Range(1, 1000)]
    public int ViewsPerAddress { get; set; } = 3;

    /// <summary>How long the "Terpopuler" list is reused before it is computed again.</summary>
    [Range(1, 3600)]
    public int ListSeconds { get; set; } = 180;

    [Range(1, 50)]
    public int ListSize { get; set; } = 5;
}
