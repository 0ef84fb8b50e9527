using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warta.Web.Data;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// Slows password guessing without letting anyone lock anyone out (<see cref="SignInGuardOptions"/>). The account
/// key is a hash of the email typed, so an address that has no account is slowed exactly like one that has: the
/// answers say nothing about who exists. The holder of a real account hears of repeated failures through one audit
/// entry per burst, updated as it grows, never one row per try.
/// </summary>
public sealed partial class SignInThrottle(WartaDb db, TimeProvider clock, IOptions<SignInGuardOptions> options, IDataProtectionProvider protection,
    AuditLog audit, ILogger<SignInThrottle> log)
{
    private const string DeviceCookie = ".Warta.Device";
    private readonly IDataProtector device = protection.CreateProtector("Warta.Newsroom.KnownDevice");
    private SignInGuardOptions Rules => options.Value;

    /// <summary>How long this client must wait before its next try for this account (zero: go ahead).</summary>
    public async Task<TimeSpan> WaitAsync(HttpContext http, string email, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = new List<string> { AddressKey(http) };
        if (!IsKnownDevice(http, email)) keys.Add(AccountKey(email));
        var cutoff = now.AddMinutes(-Rules.ForgetAfterMinutes);
        var rows = await db.SignInFailures.AsNoTracking().Where(f => keys.Contains(f.Key) && f.LastAt > cutoff).ToListAsync(ct);
        var wait = TimeSpan.Zero;
        foreach (var row in rows)
        {
            var (free, max) = row.Key.StartsWith("a:", StringComparison.Ordinal)
                ? (Rules.AddressFreeAttempts, Rules.AddressMaxDelaySeconds) : (Rules.AccountFreeAttempts, Rules.AccountMaxDelaySeconds);
            var left = row.LastAt + Delay(row.Count, free, max) - now;
            if (left > wait) wait = left;
        }
        return wait;
    }

    public async Task FailedAsync(HttpContext http, string email, NewsroomUser? account, CancellationToken ct)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "-";
        // Counts older than the memory of the rule are of no use: the table stays the size of the current attacks.
        var forgotten = clock.GetUtcNow().UtcDateTime.AddMinutes(-Rules.ForgetAfterMinutes);
        await db.SignInFailures.Where(f => f.LastAt < forgotten).ExecuteDeleteAsync(ct);
        await CountAsync(AddressKey(http), ct);
        var count = await CountAsync(AccountKey(email), ct);
        if (count < Rules.AccountFreeAttempts) return;
        RepeatedFailures(log, count, address, account is not null);
        if (account is null) return;
        // One entry per burst, updated as it grows: anonymous traffic can never push real events out of view.
        var first = await db.SignInFailures.AsNoTracking().Where(f => f.Key == AccountKey(email)).Select(f => f.FirstAt).SingleAsync(ct);
        var subject = account.Email ?? "";
        var entry = await db.AuditEntries.Where(e => e.Action == AuditActions.SignInFailures && e.Subject == subject && e.At >= first)
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        var detail = $"{count} × · {address}";
        if (entry is null) audit.Record(account.Id, account.DisplayName, AuditActions.SignInFailures, subject, detail);
        else
        {
            entry.Detail = detail;
            entry.At = clock.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A good password clears the account's count (not the address's: one's own account must not launder guesses
    /// at others) and remembers this browser for the account.</summary>
    public async Task SucceededAsync(HttpContext http, string email, CancellationToken ct)
    {
        var key = AccountKey(email);
        await db.SignInFailures.Where(f => f.Key == key).ExecuteDeleteAsync(ct);
        http.Response.Cookies.Append(DeviceCookie, device.Protect(key), new CookieOptions
        {
            HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Strict, Path = "/newsroom",
            MaxAge = TimeSpan.FromDays(180), IsEssential = true,
        });
    }

    private async Task<int> CountAsync(string key, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddMinutes(-Rules.ForgetAfterMinutes);
        for (var attempt = 0; ; attempt++)
        {
            // One statement, so two nodes counting the same key at once both count (every SET reads the old values).
            var updated = await db.SignInFailures.Where(f => f.Key == key).ExecuteUpdateAsync(s => s
                .SetProperty(f => f.Count, f => f.LastAt < cutoff ? 1 : f.Count + 1)
                .SetProperty(f => f.FirstAt, f => f.LastAt < cutoff ? now : f.FirstAt)
                .SetProperty(f => f.LastAt, now), ct);
            if (updated == 0)
            {
                db.SignInFailures.Add(new SignInFailure { Key = key, Count = 1, FirstAt = now, LastAt = now });
                try { await db.SaveChangesAsync(ct); }
                catch (DbUpdateException) when (attempt == 0)
                {
                    db.ChangeTracker.Clear();
                    continue; // someone else inserted it first: count on their row
                }
            }
            return await db.SignInFailures.AsNoTracking().Where(f => f.Key == key).Select(f => f.Count).SingleAsync(ct);
        }
    }

    private bool IsKnownDevice(HttpContext http, string email)
    {
        if (!http.Request.Cookies.TryGetValue(DeviceCookie, out var value)) return false;
        try { return device.Unprotect(value) == AccountKey(email); }
        catch (CryptographicException) { return false; }
    }

    private static TimeSpan Delay(int count, int free, int maxSeconds) =>
        count < free ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(maxSeconds, Math.Pow(2, Math.Min(count - free + 1, 30))));

    private static string AddressKey(HttpContext http) => "a:" + (http.Connection.RemoteIpAddress?.ToString() ?? "-");

    private static string AccountKey(string email) =>
        "u:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())))[..40];

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} failed sign-ins in a row for one account (exists: {Exists}), the last from {Address}.")]
    private static partial void RepeatedFailures(ILogger logger, int count, string address, bool exists);
}
