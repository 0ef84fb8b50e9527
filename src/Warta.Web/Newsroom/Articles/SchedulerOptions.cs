using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Newsroom.Articles;

/// <summary>Bound from "Warta:Scheduler".</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Warta:Scheduler";

    /// <summary>How often due articles are looked for; the promise to editors is "live within 30 seconds".</summary>
    [Range(1, 30)]
    public int IntervalSeconds { get; set; } = 10;
}
