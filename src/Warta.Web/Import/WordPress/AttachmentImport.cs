using Microsoft.EntityFrameworkCore;

namespace Warta.Web.Import.WordPress;

/// <summary>Attachments are recorded by their address, so old attachment links and featured images keep resolving.</summary>
public sealed class AttachmentImport(ImportRun run, CommentImport comments)
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
        if (attachment is null)
        {
            known.Add(item.PostId);
            attachment = new ImportedAttachment { WordPressId = item.PostId, Url = url, ParentWordPressId = item.Parent == 0 ? null : item.Parent, Title = ImportRun.Trim(item.Title, 500) };
            run.Db.ImportedAttachments.Add(attachment);
            run.Summary.Attachments++;
            await run.Db.SaveChangesAsync(ct);
            run.Imported(item, title, attachment.Id);
        }
        else run.Updated(item, title, attachment.Id);
    }
}
