using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Hosting;

/// <summary>Bound from "Warta:NativeHeap" (environment: Warta__NativeHeap__TrimSeconds).</summary>
public sealed class NativeHeapOptions
{
    public const string SectionName = "Warta:NativeHeap";

    /// <summary>How often free native memory goes back to the system, in seconds (0: never).</summary>
    [Range(0, 86_400)]
    public int TrimSeconds { get; set; } = 30;
}
