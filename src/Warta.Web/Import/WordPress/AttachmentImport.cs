using Microsoft.EntityFrameworkCore;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Attachments are recorded by their address, so old attachment links keep resolving; an image the import fetched
/// joins the media library (alt text from <c>_wp_attachment_image_alt</c>, else its title; caption from its excerpt)
/// and stands in for its old address. A file that could not be fetched is said, with the story it belongs to.
/// </summary>
public sealed class AttachmentImport(ImportRun run, CommentImport comments, IReadOnlyDictionary<int, AttachmentFetcher.Fetched> fetched)
{
    private HashSet<int> known = [];

    public async Task LoadAsync(CancellationToken ct) =>
        known = (await run.Db.ImportedAttachments.Select(a => a.WordPressId).ToListAsync(ct)).ToHashSet();

    public async Task ImportAsync(WxrItem item, CancellationToken ct)
    {
        comments.SkipAll(item, "comments on attachments are not kept");
        var title = item.Title?.Trim() ?? "";
        if (item.AttachmentUrl is not { } url || !ImportRun.IsWebAddress(url))
        {
            run.Skipped(item, "no web address");
            return;
        }
        var attachment = known.Contains(item.PostId) ? await run.Db.ImportedAttachments.SingleOrDefaultAsync(a => a.WordPressId == item.PostId, ct) : null;
        var isNew = attachment is null;
        if (attachment is null)
        {
            known.Add(item.PostId);
            attachment = new ImportedAttachment { WordPressId = item.PostId, Url = url, ParentWordPressId = item.Parent == 0 ? null : item.Parent, Title = ImportRun.Trim(item.Title, 500) };
            run.Db.ImportedAttachments.Add(attachment);
            run.Summary.Attachments++;
        }
        string? note = null;
        if (fetched.TryGetValue(item.PostId, out var file))
        {
            if (file.Item is { } media)
            {
                media.Alt = ImportRun.Trim(media.IsImage ? run.Media.AltOf(item.PostId) : title, 500) ?? "";
                media.Caption = ImportRun.Trim(item.Excerpt, 1000);
                run.Db.MediaItems.Add(media);
                attachment.LocalUrl = media.Url;
                note = "fetched into the media library: " + media.Url;
            }
            else
            {
                note = $"file not fetched ({file.Problem}); kept at its old address" + (item.Parent != 0 ? $"; used by #{item.Parent}" : "");
                run.Note(item, note);
            }
        }
        else if (attachment.LocalUrl is null && !AttachmentFetcher.IsKept(url)) note = "a kind of file the media library does not keep: kept at its old address";
        await run.Db.SaveChangesAsync(ct);
        run.Summary.Record(new ImportOutcome(item.PostId, item.PostType, title, isNew ? ImportResult.Imported : ImportResult.Updated, attachment.Id, note));
    }
}
