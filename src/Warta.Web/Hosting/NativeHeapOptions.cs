namespace Warta.Web.Hosting;

/// <summary>Bound from "Warta:NativeHeap" (environment: Warta__NativeHeap__TrimSeconds).</summary>
public sealed class NativeHeapOptions
{
    /// <summary>How often free native memory goes back to the system, in seconds (0: never).</summary>
    public int TrimSeconds { get; set; } = 30;
}
