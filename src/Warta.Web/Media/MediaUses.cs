using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;

namespace Warta.Web.Media;

/// <summary>
/// Where a library item is used: any story whatever its state (a draft or a trashed story may come back), any page,
/// a byline's photo, the site's identity. An item in use is not deleted, so nothing shows a broken image; the
/// library's own page lists every use.
/// </summary>
public sealed class MediaUses(WartaDb db)
{
    /// <summary>A short, human description of the first use found, or null when the item is free.</summary>
    public async Task<MediaUse?> FirstAsync(MediaItem item, CancellationToken ct) => (await AllAsync(item, 1, ct)).FirstOrDefault();

    /// <summary>Up to <paramref name="limit"/> uses of each kind: stories newest first, then pages, profiles, identity.</summary>
    public async Task<List<MediaUse>> AllAsync(MediaItem item, int limit, CancellationToken ct)
    {
        // The stored file name (a random stem) is unique, and every variant's and crop's address contains it.
        var stem = item.Url[(item.Url.LastIndexOf('/') + 1)..item.Url.LastIndexOf('.')];
        var uses = (await db.Articles.AsNoTracking()
                .Where(a => (a.FeaturedImageUrl != null && a.FeaturedImageUrl.Contains(stem)) || a.Body.Contains(stem))
                .OrderByDescending(a => a.Id).Take(limit).Select(a => new { a.Id, a.Headline, a.Status }).ToListAsync(ct))
            .ConvertAll(a => new MediaUse(MediaUseKind.Story, a.Headline, a.Id, a.Status));
        if (uses.Count >= limit) return uses;
        uses.AddRange((await db.Pages.AsNoTracking().Where(p => p.Body.Contains(stem)).OrderBy(p => p.Id).Take(limit)
            .Select(p => new { p.Id, p.Title }).ToListAsync(ct)).ConvertAll(p => new MediaUse(MediaUseKind.Page, p.Title, p.Id)));
        if (uses.Count >= limit) return uses[..limit];
        uses.AddRange((await db.Authors.AsNoTracking().Where(a => a.PhotoUrl != null && a.PhotoUrl.Contains(stem)).OrderBy(a => a.Id).Take(limit)
            .Select(a => new { a.Id, a.Name }).ToListAsync(ct)).ConvertAll(a => new MediaUse(MediaUseKind.Profile, a.Name, a.Id)));
        if (uses.Count >= limit) return uses[..limit];
        var identity = await db.SiteSettings.AsNoTracking()
            .AnyAsync(s => (s.LogoUrl != null && s.LogoUrl.Contains(stem)) || (s.FaviconUrl != null && s.FaviconUrl.Contains(stem))
                || (s.PublisherLogoUrl != null && s.PublisherLogoUrl.Contains(stem)), ct);
        if (identity) uses.Add(new MediaUse(MediaUseKind.Identity, "", 0));
        return uses;
    }
}

public enum MediaUseKind { Story, Page, Profile, Identity }

/// <summary>One place an item shows: what it is, its name, its id (to link to its editor) and, for a story, its state.</summary>
public sealed record MediaUse(MediaUseKind Kind, string Name, int Id, Articles.ArticleStatus? Status = null);
