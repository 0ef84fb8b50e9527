using System.IO.Hashing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Warta.Web.Caching;

/// <summary>
/// For shared reader pages: a strong ETag (a hash of the exact bytes sent, so each encoding has its own),
/// Last-Modified, a 304 when the browser already has them, and Cache-Control that lets a CDN keep the page briefly
/// and purge it by the Cache-Tag it lists. Sits inside the output cache, so a cached page keeps its validators
/// and the cache itself answers conditional requests.
/// </summary>
public sealed class HttpValidators(RequestDelegate next, IOptions<CacheOptions> options, TimeProvider clock)
{
    // Pooled buffers: a page is tens of kilobytes, and a fresh MemoryStream growing to hold it was a large share of
    // what a render allocated.
    private static readonly Microsoft.IO.RecyclableMemoryStreamManager Buffers = new(new Microsoft.IO.RecyclableMemoryStreamManager.Options
    {
        // Kept buffers are capped, so a burst of large pages does not hold on to memory for good.
        MaximumSmallPoolFreeBytes = 8 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 8 * 1024 * 1024,
    });

    public async Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = Buffers.GetStream("page");
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK && CacheTags.IsCacheable(context))
        {
            var hash = HashOf(buffer);
            var etag = new EntityTagHeaderValue("\"" + Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"");
            var headers = response.Headers;
            headers.ETag = etag.ToString();
            var contentTime = ContentTime.Get(context);
            headers.LastModified = HeaderUtilities.FormatDate(contentTime ?? clock.GetUtcNow());
            var o = options.Value;
            headers.CacheControl = $"public, max-age=0, s-maxage={o.SharedMaxAgeSeconds}, stale-while-revalidate={o.StaleWhileRevalidateSeconds}";
            if (o.CacheTagHeader) headers["Cache-Tag"] = string.Join(',', CacheTags.Collected(context));
            if (Matches(context.Request, etag) || UnchangedSince(context.Request, contentTime))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                headers.ContentLength = null;
                headers.ContentType = default;
                headers.Remove(HeaderNames.ContentEncoding);
                return;
            }
        }
        if (!response.HasStarted && buffer.Length > 0) response.ContentLength = buffer.Length;
        buffer.Position = 0;
        if (!HttpMethods.IsHead(context.Request.Method)) await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <remarks>
    /// XxHash128, not a cryptographic hash: an ETag only has to change when the bytes do, and hashing every uncached
    /// page with SHA-256 cost more than any other single step of sending it.
    /// </remarks>
    private static byte[] HashOf(Microsoft.IO.RecyclableMemoryStream buffer)
    {
        var hash = new XxHash128();
        foreach (var segment in buffer.GetReadOnlySequence()) hash.Append(segment.Span);
        return hash.GetCurrentHash();
    }

    /// <summary>If-Modified-Since counts only without If-None-Match, and only against a time the content itself gave.</summary>
    private static bool UnchangedSince(HttpRequest request, DateTimeOffset? contentTime) =>
        request.Headers.IfNoneMatch.Count == 0 && contentTime is { } changed
        && HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since) && changed <= since;

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        foreach (var tag in tags)
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)) return true;
        return false;
    }
}
