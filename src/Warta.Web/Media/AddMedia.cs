using Microsoft.Extensions.Localization;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Resources;

namespace Warta.Web.Media;

/// <summary>
/// Adds an upload to the library, for the media page, the editor's image button and the REST API alike: alt text
/// required, caption and credit within bounds, images decoded and re-encoded (<see cref="StoreUpload"/>), documents
/// and sound or video checked and kept as they are (<see cref="StoreFile"/>).
/// </summary>
public sealed class AddMedia(WartaDb db, StoreUpload images, StoreFile files, IStringLocalizer<SharedResource> text)
{
    /// <summary>The saved item, or what is wrong keyed by the field it is about (alt, caption, credit, file).</summary>
    public async Task<(MediaItem? Item, IReadOnlyDictionary<string, string> Problems)> RunAsync(byte[]? bytes, string? fileName,
        string? alt, string? caption, string? credit, StaffMember staff, CancellationToken ct = default)
    {
        var problems = MediaWords.Check(altRequired: true, alt, caption, credit, text);
        if (bytes is null || string.IsNullOrWhiteSpace(fileName)) problems["file"] = text["MediaEmpty"];
        if (problems.Count > 0) return (null, problems);

        var (item, problem) = StoreFile.Accepts(fileName!) ? files.Run(bytes!, fileName!) : images.Run(bytes!, fileName!);
        if (problem is not null)
        {
            problems["file"] = text[problem];
            return (null, problems);
        }
        MediaWords.Apply(item!, alt, caption, credit);
        item!.UploadedById = staff.Id;
        db.MediaItems.Add(item);
        await db.SaveChangesAsync(ct);
        return (item, problems);
    }
}
