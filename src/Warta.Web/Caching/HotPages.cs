using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Warta.Web.Caching;

/// <summary>
/// The pages readers ask for again and again, answered in front of the output cache with the status, headers and
/// bytes the output cache served them with a moment before. A hit in ASP.NET Core's output cache builds its context
/// and key, asks the store and reads the stored entry back into headers and body on every request: on a 14 KB story
/// that was about a tenth of what serving it cost next to bare Kestrel. Here a hit is one lookup and one write.
/// The output cache stays the one judge of what is shared: a page here is only ever a copy of an answer it gave from
/// memory, never outlives its entry there, and every eviction on the change path (<see cref="CachePurge"/>) drops
/// them all. Conditional requests (its 304s), HEAD and everything that is not a shared page go on to it as before;
/// view counting and the security headers run for every answer, as they sit in front of both.
/// </summary>
public sealed class HotPages(IOptions<CacheOptions> options, Cluster.WartaMetrics metrics, TimeProvider clock)
{
    // A story with its comments is tens of kilobytes; anything far larger (a sitemap of a busy month) is left to the
    // output cache rather than held twice.
    private const int LargestPage = 512 * 1024;

    private static readonly object Slot = new();

    private readonly IOptions<CacheOptions> options = options;
    private readonly TimeProvider clock = clock;
    private readonly ConcurrentDictionary<Key, Page> pages = new();
    private readonly long byteLimit = options.Value.HotPageMegabytes * 1024L * 1024;
    private long bytes;
    private long generation;

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (byteLimit == 0 || !Eligible(context)) return next(context);
        var key = Key.Of(context.Request);
        var now = clock.GetTimestamp();
        var current = Interlocked.Read(ref generation);
        if (pages.TryGetValue(key, out var page) && page.Generation == current && now < page.Until)
        {
            metrics.CacheHit();
            return Serve(context.Response, page, now);
        }
        // The output cache answers; if it answers from memory, the answer is copied on its way out (CopyAnswer).
        context.Items[Slot] = new Pending(key, current);
        return next(context);
    }

    /// <summary>Every change that evicts cached pages drops all of these (CachePurge, before and after the output cache drops its own).</summary>
    public void Evict()
    {
        Interlocked.Increment(ref generation);
        pages.Clear();
        Interlocked.Exchange(ref bytes, 0);
    }

    /// <summary>Whether a page for this address and encoding is held now (for tests and diagnostics).</summary>
    public bool Holds(string path, string acceptEncoding = "") =>
        pages.Any(p => p.Key.Path == path && p.Key.Encoding == acceptEncoding && p.Value.Generation == Interlocked.Read(ref generation)
            && clock.GetTimestamp() < p.Value.Until);

    /// <summary>
    /// Called as the output cache answers from memory: when this request came through here without a page, the
    /// answer is copied on its way out and kept once it has gone.
    /// </summary>
    internal void CopyAnswer(HttpContext context)
    {
        if (context.Items.TryGetValue(Slot, out var slot) && slot is Pending pending)
        {
            context.Items.Remove(Slot);
            _ = new Copy(this, pending, context.Response);
        }
    }

    private bool Eligible(HttpContext context)
    {
        var request = context.Request;
        return HttpMethods.IsGet(request.Method) && options.Value.Enabled
            && !request.Headers.ContainsKey(HeaderNames.IfNoneMatch) && !request.Headers.ContainsKey(HeaderNames.IfModifiedSince)
            && SharedPages.Apply(context);
    }

    private Task Serve(HttpResponse response, Page page, long now)
    {
        response.StatusCode = StatusCodes.Status200OK;
        var headers = response.Headers;
        foreach (var (name, value) in page.Headers) headers[name] = value;
        headers.Age = HeaderUtilities.FormatNonNegativeInt64(page.AgeSeconds + (long)clock.GetElapsedTime(page.CopiedAt, now).TotalSeconds);
        return response.Body.WriteAsync(page.Body).AsTask();
    }

    private void Keep(Key key, Page page)
    {
        if (Interlocked.Read(ref bytes) + page.Weight > byteLimit)
        {
            Sweep();
            if (Interlocked.Read(ref bytes) + page.Weight > byteLimit) return;
        }
        var replaced = 0L;
        pages.AddOrUpdate(key, page, (_, old) =>
        {
            replaced = old.Weight;
            return page;
        });
        Interlocked.Add(ref bytes, page.Weight - replaced);
    }

    /// <summary>Drops what has run out or was kept across an eviction, when the memory allowed is reached.</summary>
    private void Sweep()
    {
        var now = clock.GetTimestamp();
        var current = Interlocked.Read(ref generation);
        foreach (var (key, page) in pages)
            if ((page.Generation != current || now >= page.Until) && pages.TryRemove(new KeyValuePair<Key, Page>(key, page)))
                Interlocked.Add(ref bytes, -page.Weight);
    }

    /// <summary>What the output cache keys a shared page by: the address with its query, and the encodings accepted.</summary>
    private readonly record struct Key(string Scheme, string Host, string Path, string Query, string Encoding)
    {
        public static Key Of(HttpRequest request) => new(
            request.Scheme, request.Host.Value ?? "", request.PathBase.Value + request.Path.Value, request.QueryString.Value ?? "",
            request.Headers.AcceptEncoding.ToString());
    }

    private sealed record Pending(Key Key, long Generation);

    private sealed record Page(KeyValuePair<string, StringValues>[] Headers, byte[] Body, long AgeSeconds, long CopiedAt, long Until, long Generation)
    {
        public long Weight { get; } = Body.Length + 64L * Headers.Length + 256;
    }

    /// <summary>
    /// The output cache's answer on its way out: the body written through to the reader and copied, the headers as the
    /// response starts (before view counting takes its internal header off, and before the security headers, which
    /// are added again to every answer).
    /// </summary>
    private sealed class Copy : Stream
    {
        private readonly HotPages owner;
        private readonly Pending pending;
        private readonly HttpResponse response;
        private readonly Stream inner;
        private readonly MemoryStream body = new();
        private KeyValuePair<string, StringValues>[]? headers;
        private int status;
        private bool unusable;

        public Copy(HotPages owner, Pending pending, HttpResponse response)
        {
            (this.owner, this.pending, this.response) = (owner, pending, response);
            inner = response.Body;
            // Left in place to the end: the response's writer may still hold bytes for it until the response completes.
            response.Body = this;
            response.OnStarting(static state => ((Copy)state).Started(), this);
            response.OnCompleted(static state => ((Copy)state).Completed(), this);
        }

        private Task Completed()
        {
            if (ToPage(owner.clock, owner.options.Value.LifetimeSeconds) is { } page) owner.Keep(pending.Key, page);
            body.Dispose();
            return Task.CompletedTask;
        }

        private Task Started()
        {
            status = response.StatusCode;
            headers = [.. response.Headers];
            return Task.CompletedTask;
        }

        private Page? ToPage(TimeProvider clock, int lifetimeSeconds)
        {
            if (unusable || status != StatusCodes.Status200OK || headers is null) return null;
            long? age = null;
            var kept = new List<KeyValuePair<string, StringValues>>(headers.Length);
            foreach (var header in headers)
            {
                // Never replayed to another reader, whatever set it.
                if (header.Key.Equals(HeaderNames.SetCookie, StringComparison.OrdinalIgnoreCase)) return null;
                if (header.Key.Equals(HeaderNames.Age, StringComparison.OrdinalIgnoreCase))
                    age = long.TryParse(header.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0;
                else if (!header.Key.Equals(HeaderNames.Date, StringComparison.OrdinalIgnoreCase)) kept.Add(header);
            }
            // Only what the output cache served from memory carries Age: had it rendered the page after all (an entry
            // no longer fresh), what it stores or refuses is its own decision, not copied here.
            if (age is null || (response.ContentLength is { } length && length != body.Length)) return null;
            // The output cache's entry was made "age" whole seconds ago: this copy goes a second before it can.
            var left = lifetimeSeconds - age.Value - 1;
            if (left <= 0) return null;
            var now = clock.GetTimestamp();
            return new Page([.. kept], body.ToArray(), age.Value, now, now + (long)(left * clock.TimestampFrequency), pending.Generation);
        }

        private void Keep(ReadOnlySpan<byte> written)
        {
            if (unusable) return;
            if (body.Length + written.Length > LargestPage) unusable = true;
            else body.Write(written);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Keep(buffer);
            inner.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
