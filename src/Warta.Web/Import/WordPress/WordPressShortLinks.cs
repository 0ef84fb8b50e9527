using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Where WordPress's query-string addresses of imported content live now: <c>/?p=</c> (a post),
/// <c>/?page_id=</c> (a page) and <c>/?attachment_id=</c> (an attachment page). Old newsletters, social posts and
/// other sites link to these, so they answer with a permanent redirect rather than the home page.
/// </summary>
public sealed class WordPressShortLinks(WartaDb db)
{
    public async Task<string?> PostAsync(int wordPressId, DateTime utcNow, TimeZoneInfo zone, CancellationToken ct)
    {
        var target = await db.Articles.ReachableAt(utcNow).Where(a => a.WordPressId == wordPressId)
            .Select(a => new { a.Slug, a.PublishedAt }).SingleOrDefaultAsync(ct);
        return target is null ? null : Permalink.For(target.Slug, target.PublishedAt!.Value, zone);
    }

    public async Task<string?> PageAsync(int wordPressId, CancellationToken ct)
    {
        var page = await db.Pages.Where(p => p.WordPressId == wordPressId && p.IsPublished)
            .Select(p => new { p.Slug, ParentSlug = p.Parent == null ? null : p.Parent.Slug }).SingleOrDefaultAsync(ct);
        return page is null ? null : StaticPages.StaticPage.UrlFor(page.Slug, page.ParentSlug);
    }

    /// <summary>
    /// An attachment page showed one image beneath its story, so it leads to that story when the story came across;
    /// otherwise to the file itself (the import records it by address and does not copy it).
    /// </summary>
    public async Task<string?> AttachmentAsync(int wordPressId, DateTime utcNow, TimeZoneInfo zone, CancellationToken ct)
    {
        var attachment = await db.ImportedAttachments.Where(a => a.WordPressId == wordPressId)
            .Select(a => new { a.Url, a.ParentWordPressId }).SingleOrDefaultAsync(ct);
        if (attachment is null) return null;
        if (attachment.ParentWordPressId is { } parent && await PostAsync(parent, utcNow, zone, ct) is { } story) return story;
        return attachment.Url;
    }
}
