using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Media;

/// <summary>Bound from "Warta:Media".</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Warta:Media";

    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Decompression-bomb guard: a small file may claim a huge canvas; refuse before decoding it.</summary>
    [Range(1, long.MaxValue)]
    public long MaxPixels { get; set; } = 60_000_000;
    [Range(1, 100_000)]
    public int MaxSide { get; set; } = 12_000;

    /// <summary>The cap for documents, sound and video kept as files (<see cref="StoreFile"/>).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Images decoded at once (uploads and imports together); the rest wait their turn (<see cref="DecodeGate"/>).</summary>
    [Range(1, 64)]
    public int ConcurrentDecodes { get; set; } = 2;

    [MinLength(1)]
    public int[] Widths { get; set; } = [320, 640, 1024, 1600];
}
