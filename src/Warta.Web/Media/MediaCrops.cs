using Microsoft.Extensions.Options;
using NetVips;
using Warta.Web.Data;

namespace Warta.Web.Media;

/// <summary>A fixed frame an image is cut to: a list card, the front page's lead, a shared link's card.</summary>
public sealed record Crop(int Width, int Height)
{
    /// <summary>Cards in story lists, shown at 320×180 (twice that for sharp screens).</summary>
    public static readonly Crop Card = new(640, 360);

    /// <summary>The front page's top story.</summary>
    public static readonly Crop Lead = new(1024, 576);

    /// <summary>The card WhatsApp, Facebook and X show for a shared link (og:image).</summary>
    public static readonly Crop Social = new(1200, 630);

    public static readonly IReadOnlyList<Crop> All = [Card, Lead, Social];

    /// <summary>The crop's address beside the original's: /media/uploads/2026/11/ab12.jpg → …/ab12-1200x630.jpg.</summary>
    public string UrlFor(string url)
    {
        var dot = url.LastIndexOf('.');
        return FormattableString.Invariant($"{url[..dot]}-{Width}x{Height}{url[dot..]}");
    }
}

/// <summary>
/// Cuts a library image to each <see cref="Crop"/> around its focal point, and finds the cut for an image address.
/// A crop keeps its address when the focal point moves (the file is replaced), so pages already cached, here or on
/// another node, show the new cut without being rebuilt. An image without crops (a file put there by hand, one
/// stored before crops existed) is shown whole.
/// </summary>
public sealed partial class MediaCrops(IOptions<WartaOptions> warta, DecodeGate gate, ILogger<MediaCrops> log)
{
    /// <summary>The crop of a library image, or the address itself when it has none.</summary>
    public string For(string url, Crop crop)
    {
        if (!url.StartsWith("/media/uploads/", StringComparison.Ordinal) || url.Contains("..", StringComparison.Ordinal)) return url;
        var cropped = crop.UrlFor(url);
        return File.Exists(PathOf(cropped)) ? cropped : url;
    }

    /// <summary>Writes (or replaces) every crop of an image from its stored original; false when there was none to cut.</summary>
    public bool Write(MediaItem item)
    {
        if (!item.IsImage || !File.Exists(PathOf(item.Url))) return false;
        using var slot = gate.Enter();
        try
        {
            // From the bytes, not the name: libvips caches images it opened by name, and this one may have changed.
            using var original = Image.NewFromBuffer(File.ReadAllBytes(PathOf(item.Url)), access: Enums.Access.Random);
            WriteFrom(original, item);
            return true;
        }
        catch (VipsException e)
        {
            // The original was checked when it came in; a crop that fails leaves the image shown whole.
            CropFailed(log, e, item.Url);
            return false;
        }
    }

    /// <summary>Writes the crops from an image already decoded (the caller holds a <see cref="DecodeGate"/> slot).</summary>
    internal void WriteFrom(Image original, MediaItem item)
    {
        var save = new VOption { { "strip", true } };
        if (item.ContentType == "image/jpeg") save.Add("Q", 85);
        foreach (var crop in Crop.All)
        {
            using var cut = Cut(original, crop, item.FocusX / 100.0, item.FocusY / 100.0);
            var target = PathOf(crop.UrlFor(item.Url));
            // Written beside and moved over the old one, so a reader never receives half a file.
            var partial = target + ".part" + Path.GetExtension(target);
            cut.WriteToFile(partial, save);
            File.Move(partial, target, overwrite: true);
        }
    }

    /// <summary>Removes an image's crops (with the item).</summary>
    public void Delete(MediaItem item)
    {
        foreach (var crop in Crop.All)
        {
            var path = PathOf(crop.UrlFor(item.Url));
            if (File.Exists(path)) File.Delete(path);
        }
    }

    /// <summary>
    /// Scales the image just enough to fill the frame (never up: a small photo gives a smaller crop of the same shape),
    /// then cuts the frame so the focal point is as near its middle as the edges allow.
    /// </summary>
    internal static Image Cut(Image image, Crop crop, double focusX, double focusY)
    {
        var scale = Math.Min(1.0, Math.Max((double)crop.Width / image.Width, (double)crop.Height / image.Height));
        var scaled = scale < 1.0 ? image.Resize(scale, kernel: Enums.Kernel.Lanczos3) : image.Copy();
        // The frame in the scaled image's pixels: the crop's shape, as large as fits.
        var frameWidth = Math.Min(scaled.Width, crop.Width);
        var frameHeight = Math.Min(scaled.Height, crop.Height);
        if ((double)frameWidth / frameHeight > (double)crop.Width / crop.Height) frameWidth = Math.Max(1, (int)Math.Round(frameHeight * (double)crop.Width / crop.Height));
        else frameHeight = Math.Max(1, (int)Math.Round(frameWidth * (double)crop.Height / crop.Width));
        var left = Math.Clamp((int)Math.Round(focusX * scaled.Width - frameWidth / 2.0), 0, scaled.Width - frameWidth);
        var top = Math.Clamp((int)Math.Round(focusY * scaled.Height - frameHeight / 2.0), 0, scaled.Height - frameHeight);
        using (scaled) return scaled.ExtractArea(left, top, frameWidth, frameHeight);
    }

    private string PathOf(string url) => Path.Combine(Path.GetFullPath(warta.Value.MediaPath), url["/media/".Length..]);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not crop {Url}; it is shown whole.")]
    private static partial void CropFailed(ILogger logger, Exception exception, string url);
}
