using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Warta.Web.Data;

namespace Warta.Web.Media;

/// <summary>The srcset for an uploaded image's URL, so phones download the 320-pixel copy, not the original.</summary>
public sealed class MediaSrcset(IServiceScopeFactory scopes, IMemoryCache cache)
{
    public const string Sizes = "(min-width: 48rem) 42rem, 100vw";

    public string? For(string? url)
    {
        if (url is null || !url.StartsWith("/media/uploads/", StringComparison.Ordinal)) return null;
        return cache.GetOrCreate(("srcset", url), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            using var scope = scopes.CreateScope();
            var item = scope.ServiceProvider.GetRequiredService<WartaDb>().MediaItems.AsNoTracking().FirstOrDefault(m => m.Url == url);
            if (item is null) return null;
            var parts = item.VariantWidths.Select(w => string.Create(CultureInfo.InvariantCulture, $"{item.VariantUrl(w)} {w}w"))
                .Append(string.Create(CultureInfo.InvariantCulture, $"{item.Url} {item.Width}w"));
            return string.Join(", ", parts);
        });
    }
}
