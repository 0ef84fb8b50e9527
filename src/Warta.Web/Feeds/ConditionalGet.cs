using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Warta.Web.Feeds;

/// <summary>
/// Strong ETag (a hash of the bytes) and Last-Modified, answering 304 when the reader already has them:
/// feed readers poll every few minutes and most polls find nothing new.
/// </summary>
public static class ConditionalGet
{
    public static IResult Respond(HttpContext context, byte[] body, string contentType, DateTime? lastModifiedUtc)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
        var headers = context.Response.Headers;
        headers.ETag = etag;
        DateTimeOffset? lastModified = lastModifiedUtc is { } lm
            ? new DateTimeOffset(lm.Ticks - lm.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero)
            : null;
        if (lastModified is { } value) headers.LastModified = HeaderUtilities.FormatDate(value);

        var request = context.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag == etag)
            : lastModified is { } since && request.IfModifiedSince is { } ims && since <= ims;
        return notModified ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(body, contentType);
    }
}
