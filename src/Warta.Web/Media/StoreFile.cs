using System.Globalization;
using Microsoft.Extensions.Options;
using Warta.Web.Data;

namespace Warta.Web.Media;

/// <summary>
/// Keeps a document or a sound or video file (PDF, MP3, M4A, MP4, Ogg, WAV, WebM) as it is, after checking that its
/// first bytes are what its name claims and that it is within the file size cap. Images go through
/// <see cref="StoreUpload"/> instead; nothing here decodes or re-encodes.
/// </summary>
public sealed class StoreFile(IOptions<MediaOptions> options, IOptions<WartaOptions> warta, TimeProvider clock)
{
    private static readonly Dictionary<string, (string ContentType, Func<byte[], bool> IsIt)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", b => StartsWith(b, 0, "%PDF-"u8)),
        [".mp3"] = ("audio/mpeg", b => StartsWith(b, 0, "ID3"u8) || (b.Length > 1 && b[0] == 0xFF && (b[1] & 0xE0) == 0xE0)),
        [".m4a"] = ("audio/mp4", IsIsoMedia),
        [".mp4"] = ("video/mp4", IsIsoMedia),
        [".m4v"] = ("video/mp4", IsIsoMedia),
        [".ogg"] = ("audio/ogg", b => StartsWith(b, 0, "OggS"u8)),
        [".oga"] = ("audio/ogg", b => StartsWith(b, 0, "OggS"u8)),
        [".ogv"] = ("video/ogg", b => StartsWith(b, 0, "OggS"u8)),
        [".wav"] = ("audio/wav", b => StartsWith(b, 0, "RIFF"u8) && StartsWith(b, 8, "WAVE"u8)),
        [".webm"] = ("video/webm", b => StartsWith(b, 0, [0x1A, 0x45, 0xDF, 0xA3])),
    };

    public static bool Accepts(string fileName) => Kinds.ContainsKey(Path.GetExtension(fileName));

    /// <summary>The stored item (not yet saved to the database), or the name of the UI string saying why not.</summary>
    public (MediaItem? Item, string? Problem) Run(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0) return (null, "MediaEmpty");
        if (bytes.Length > options.Value.MaxFileBytes) return (null, "MediaTooLarge");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Kinds.TryGetValue(extension, out var kind)) return (null, "MediaWrongType");
        if (!kind.IsIt(bytes)) return (null, "MediaNotWhatItClaims");

        var now = clock.GetUtcNow().UtcDateTime;
        var folder = string.Create(CultureInfo.InvariantCulture, $"files/{now:yyyy}/{now:MM}");
        var directory = Path.Combine(warta.Value.MediaPath, folder);
        Directory.CreateDirectory(directory);
        var name = Guid.NewGuid().ToString("N") + extension;
        File.WriteAllBytes(Path.Combine(directory, name), bytes);
        return (new MediaItem
        {
            OriginalName = Path.GetFileName(fileName), Url = $"/media/{folder}/{name}", ContentType = kind.ContentType,
            Bytes = bytes.Length, Alt = "", UploadedAt = now,
        }, null);
    }

    private static bool IsIsoMedia(byte[] b) => StartsWith(b, 4, "ftyp"u8);

    private static bool StartsWith(byte[] bytes, int offset, ReadOnlySpan<byte> prefix) =>
        bytes.Length >= offset + prefix.Length && bytes.AsSpan(offset, prefix.Length).SequenceEqual(prefix);
}
