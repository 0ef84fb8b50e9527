namespace Warta.Web.Media;

/// <summary>
/// An uploaded image (its cleaned original and the widths it was resized to) or a file kept as it is (a PDF, a sound
/// or a video), with the words that go with it.
/// </summary>
public class MediaItem
{
    public int Id { get; set; }
    public required string OriginalName { get; set; }

    /// <summary>Site path of the cleaned original, e.g. /media/uploads/2026/11/3f…9a.jpg; variants add -{width}.</summary>
    public required string Url { get; set; }
    public required string ContentType { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public long Bytes { get; set; }

    /// <summary>Comma-separated widths of the resized copies, smallest first.</summary>
    public string Widths { get; set; } = "";
    public required string Alt { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    /// <summary>
    /// The point every crop keeps in view (a face, the ball), in percent of width and height from the top left; the
    /// middle unless an editor moves it.
    /// </summary>
    public int FocusX { get; set; } = 50;
    public int FocusY { get; set; } = 50;
    public DateTime UploadedAt { get; set; }
    public int? UploadedById { get; set; }

    /// <summary>An image (resized, srcset) rather than a file kept as it is (<see cref="StoreFile"/>).</summary>
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    public IEnumerable<int> VariantWidths =>
        Widths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture));

    public string VariantUrl(int width) => $"{Url[..Url.LastIndexOf('.')]}-{width}{Url[Url.LastIndexOf('.')..]}";
}
