using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Warta.Web.Media;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Downloads an export's attachments (images, and the documents, sound and video <see cref="StoreFile"/> keeps) from the old site (bounded concurrency, a timeout, retries on failures
/// that may pass, the media library's size cap, http and https only) and stores each through the media library's own
/// checks (images through <see cref="StoreUpload"/>: decoded by libvips, metadata stripped, srcset widths; files through
/// <see cref="StoreFile"/>: their type checked by their first bytes, their own size cap). Addresses are checked
/// where the connection is made, redirects included: loopback, private and link-local ranges are refused unless the
/// import allows them. Runs before the import's transaction, so a slow host never holds the database.
/// </summary>
public sealed class AttachmentFetcher(StoreUpload store, StoreFile files, IOptions<MediaOptions> media)
{
    public sealed record Fetched(MediaItem? Item, string? Problem);

    private static readonly string[] Images = [".jpg", ".jpeg", ".png", ".webp", ".gif"];

    public static bool IsImage(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && Images.Contains(Path.GetExtension(uri.AbsolutePath), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the media library can keep the file at this address (an image, or a file of a kind it keeps).</summary>
    public static bool IsKept(string url) =>
        IsImage(url) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && StoreFile.Accepts(uri.AbsolutePath));

    public async Task<IReadOnlyDictionary<int, Fetched>> FetchAsync(IReadOnlyDictionary<int, string> urls, FetchOptions options, CancellationToken ct)
    {
        var results = new ConcurrentDictionary<int, Fetched>();
        using var client = Client(options);
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Concurrency), CancellationToken = ct },
            async (attachment, token) => results[attachment.Key] = await FetchOneAsync(client, attachment.Value, options, token));
        return results;
    }

    private async Task<Fetched> FetchOneAsync(HttpClient client, string url, FetchOptions options, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return new(null, "not an http or https address");
        string? problem = null;
        for (var attempt = 0; attempt <= options.Retries; attempt++)
        {
            if (attempt > 0) await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), ct);
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(options.Timeout);
                using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if ((int)response.StatusCode >= 500) { problem = $"HTTP {(int)response.StatusCode}"; continue; }
                if (!response.IsSuccessStatusCode) return new(null, $"HTTP {(int)response.StatusCode}");
                var image = IsImage(url);
                var bytes = await ReadCappedAsync(response.Content, image ? media.Value.MaxUploadBytes : media.Value.MaxFileBytes, timeout.Token);
                if (bytes is null) return new(null, "larger than the media library accepts");
                var name = Path.GetFileName(uri.AbsolutePath);
                var (item, refused) = image ? store.Run(bytes, name) : files.Run(bytes, name);
                return item is null ? new(null, (image ? "not a usable image (" : "not a usable file (") + refused + ")") : new(item, null);
            }
            catch (HttpRequestException e) when (e.InnerException is RefusedAddressException refused)
            {
                return new(null, refused.Message);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException && !ct.IsCancellationRequested)
            {
                problem = e is OperationCanceledException ? "timed out" : e.Message;
            }
        }
        return new(null, problem ?? "failed");
    }

    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long cap, CancellationToken ct)
    {
        if (content.Headers.ContentLength > cap) return null;
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        for (int read; (read = await stream.ReadAsync(chunk, ct)) > 0;)
        {
            if (buffer.Length + read > cap) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static HttpClient Client(FetchOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 3,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = async (context, ct) =>
            {
                // The address is checked where the connection is made, so neither DNS nor a redirect can point elsewhere.
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
                var allowed = addresses.Where(a => options.AllowPrivateAddresses || IsPublic(a)).ToList();
                if (allowed.Count == 0) throw new RefusedAddressException($"{context.DnsEndPoint.Host} is a loopback or private address");
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed.ToArray(), context.DnsEndPoint.Port, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Warta-Import", "1.0"));
        return client;
    }

    /// <summary>Loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT and unspecified addresses are not public.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 127 || b[0] == 0 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
                 || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) || b[0] >= 224);
    }

    private sealed class RefusedAddressException(string message) : IOException(message);
}
