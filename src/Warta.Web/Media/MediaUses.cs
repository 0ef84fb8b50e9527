using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;

namespace Warta.Web.Media;

/// <summary>
/// Where a library item is used: any story whatever its state (a draft or a trashed story may come back), any page,
/// a byline's photo, the site's identity. An item in use is not deleted, so nothing shows a broken image.
/// </summary>
public sealed class MediaUses(WartaDb db)
{
    /// <summary>A short, human description of the first use found, or null when the item is free.</summary>
    public async Task<MediaUse?> FirstAsync(MediaItem item, CancellationToken ct)
    {
        // The stored file name (a random stem) is unique, and every variant's address contains it.
        var stem = item.Url[(item.Url.LastIndexOf('/') + 1)..item.Url.LastIndexOf('.')];
        var story = await db.Articles.AsNoTracking()
            .Where(a => (a.FeaturedImageUrl != null && a.FeaturedImageUrl.Contains(stem)) || a.Body.Contains(stem))
            .Select(a => a.Headline).FirstOrDefaultAsync(ct);
        if (story is not null) return new(MediaUseKind.Story, story);
        var page = await db.Pages.AsNoTracking().Where(p => p.Body.Contains(stem)).Select(p => p.Title).FirstOrDefaultAsync(ct);
        if (page is not null) return new(MediaUseKind.Page, page);
        var author = await db.Authors.AsNoTracking().Where(a => a.PhotoUrl != null && a.PhotoUrl.Contains(stem)).Select(a => a.Name).FirstOrDefaultAsync(ct);
        if (author is not null) return new(MediaUseKind.Profile, author);
        var identity = await db.SiteSettings.AsNoTracking()
            .AnyAsync(s => (s.LogoUrl != null && s.LogoUrl.Contains(stem)) || (s.FaviconUrl != null && s.FaviconUrl.Contains(stem))
                || (s.PublisherLogoUrl != null && s.PublisherLogoUrl.Contains(stem)), ct);
        return identity ? new(MediaUseKind.Identity, "") : null;
    }
}

public enum MediaUseKind { Story, Page, Profile, Identity }

public sealed record MediaUse(MediaUseKind Kind, string Name);
