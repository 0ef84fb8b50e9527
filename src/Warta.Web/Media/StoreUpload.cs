using System.Globalization;
using Microsoft.Extensions.Options;
using NetVips;
using Warta.Web.Data;

namespace Warta.Web.Media;

/// <summary>
/// Accepts an image only after really decoding it with libvips: the bytes must be the JPEG, PNG, WebP or GIF they
/// claim to be, within size limits, and whole. What is kept is re-encoded without metadata (so no GPS position of a
/// source's home) and resized into the configured widths for srcset.
/// </summary>
public sealed class StoreUpload(IOptions<MediaOptions> options, IOptions<WartaOptions> warta, TimeProvider clock, DecodeGate gate, MediaCrops crops)
{
    private static readonly Dictionary<string, (string Loader, string Extension, string ContentType)> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = ("Jpeg", ".jpg", "image/jpeg"),
        [".jpeg"] = ("Jpeg", ".jpg", "image/jpeg"),
        [".png"] = ("Png", ".png", "image/png"),
        [".webp"] = ("Webp", ".webp", "image/webp"),
        [".gif"] = ("Gif", ".gif", "image/gif"),
    };

    /// <summary>The stored item (not yet saved to the database), or the name of the UI string saying why not.</summary>
    public (MediaItem? Item, string? Problem) Run(byte[] bytes, string fileName)
    {
        var limits = options.Value;
        if (bytes.Length == 0) return (null, "MediaEmpty");
        if (bytes.Length > limits.MaxUploadBytes) return (null, "MediaTooLarge");
        if (!Formats.TryGetValue(Path.GetExtension(fileName), out var format)) return (null, "MediaWrongType");
        var loader = Image.FindLoadBuffer(bytes);
        if (loader is null || !loader.Contains(format.Loader, StringComparison.OrdinalIgnoreCase)) return (null, "MediaNotWhatItClaims");

        using var slot = gate.Enter();
        try
        {
            using var header = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            if (header.Width > limits.MaxSide || header.Height > limits.MaxSide || (long)header.Width * header.Height > limits.MaxPixels)
                return (null, "MediaTooManyPixels");

            var now = clock.GetUtcNow().UtcDateTime;
            var folder = string.Create(CultureInfo.InvariantCulture, $"uploads/{now:yyyy}/{now:MM}");
            var directory = Path.Combine(warta.Value.MediaPath, folder);
            Directory.CreateDirectory(directory);
            var name = Guid.NewGuid().ToString("N");
            var save = new VOption { { "strip", true } };
            if (format.Loader == "Jpeg") save.Add("Q", 85);

            // Decoding in full, with errors fatal, is the real check that the file is an image and not damaged.
            using var decoded = Image.NewFromBuffer(bytes, failOn: Enums.FailOn.Error);
            using var upright = decoded.Autorot();
            upright.WriteToFile(Path.Combine(directory, name + format.Extension), save);

            var widths = limits.Widths.Where(w => w < upright.Width).Order().ToList();
            foreach (var width in widths)
            {
                using var variant = Image.ThumbnailBuffer(bytes, width);
                variant.WriteToFile(Path.Combine(directory, $"{name}-{width}{format.Extension}"), save);
            }
            var item = new MediaItem
            {
                OriginalName = Path.GetFileName(fileName), Url = $"/media/{folder}/{name}{format.Extension}", ContentType = format.ContentType,
                Width = upright.Width, Height = upright.Height, Bytes = new FileInfo(Path.Combine(directory, name + format.Extension)).Length,
                Widths = string.Join(',', widths), Alt = "", UploadedAt = now,
            };
            crops.WriteFrom(upright, item);
            return (item, null);
        }
        catch (VipsException)
        {
            return (null, "MediaDamaged");
        }
    }

    /// <summary>Removes the files of a stored item (original, variants and crops).</summary>
    public void Delete(MediaItem item)
    {
        crops.Delete(item);
        var root = Path.GetFullPath(warta.Value.MediaPath) + Path.DirectorySeparatorChar;
        foreach (var url in item.VariantWidths.Select(item.VariantUrl).Append(item.Url))
        {
            var path = Path.GetFullPath(Path.Combine(root, url["/media/".Length..]));
            if (path.StartsWith(root, StringComparison.Ordinal) && File.Exists(path)) File.Delete(path);
        }
    }
}
