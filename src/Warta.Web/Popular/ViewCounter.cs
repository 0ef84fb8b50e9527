using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Warta.Web.Popular;

/// <summary>
/// Counts article views in memory, without cookies and without keeping any personal data: a reload is recognised by a
/// salted hash of address, browser and article that lives only in memory for <see cref="PopularOptions.RepeatMinutes"/>,
/// with a salt that changes every day and is never written anywhere. Bots and prefetches are not readers.
/// Counting is a few dictionary operations: it cannot slow or break the page.
/// </summary>
public sealed partial class ViewCounter(IOptions<PopularOptions> options, TimeProvider clock) : IDisposable
{
    private readonly MemoryCache seen = new(new MemoryCacheOptions { SizeLimit = 200_000 });
    private ConcurrentDictionary<int, int> pending = new();
    private (DateOnly Day, byte[] Salt) salt = (DateOnly.MinValue, []);

    public void Record(int articleId, HttpContext context)
    {
        var request = context.Request;
        var agent = request.Headers.UserAgent.ToString();
        if (agent.Length == 0 || Bots().IsMatch(agent)) return;
        if (request.Headers["Sec-Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
            || request.Headers["Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)) return;

        var key = Fingerprint(articleId, context.Connection.RemoteIpAddress?.ToString() ?? "", agent);
        if (seen.TryGetValue(key, out _)) return;
        seen.Set(key, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(options.Value.RepeatMinutes) });
        pending.AddOrUpdate(articleId, 1, (_, n) => n + 1);
    }

    /// <summary>Hands over the views counted since the last call, and starts counting afresh.</summary>
    public IReadOnlyDictionary<int, int> TakeCounted() => Interlocked.Exchange(ref pending, new ConcurrentDictionary<int, int>());

    /// <summary>Puts back views a failed write could not store, so none are lost.</summary>
    public void Return(IReadOnlyDictionary<int, int> views)
    {
        foreach (var (id, n) in views) pending.AddOrUpdate(id, n, (_, m) => m + n);
    }

    private string Fingerprint(int articleId, string address, string agent)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var current = salt;
        if (current.Day != today) salt = current = (today, RandomNumberGenerator.GetBytes(32));
        var hash = HMACSHA256.HashData(current.Salt, Encoding.UTF8.GetBytes($"{articleId}\n{address}\n{agent}"));
        return Convert.ToBase64String(hash, 0, 16);
    }

    public void Dispose() => seen.Dispose();

    [GeneratedRegex(@"bot|crawl|spider|slurp|bingpreview|facebookexternalhit|whatsapp|telegram|embedly|preview|monitor|curl|wget|python-requests|httpclient|headless", RegexOptions.IgnoreCase)]
    private static partial Regex Bots();
}
