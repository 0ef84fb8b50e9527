using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warta.Web.Data;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// Server-side sessions behind the newsroom cookie. A cookie is honoured only while its session is open, its account
/// active and its security stamp current, checked on every request, so a role change, a new password, signing out
/// or deactivation ends a copied cookie at once, on every node.
/// </summary>
public sealed class StaffSessions(WartaDb db, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public const string ClaimType = "warta:session";

    /// <summary>Sessions ended or idle this long are deleted (the cookie lives 12 hours, sliding).</summary>
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(30);

    /// <summary>How often a session's "last seen" is written: often enough to read, rarely enough to cost nothing.</summary>
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    public async Task<string> StartAsync(int userId, HttpContext http)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var agent = http.Request.Headers.UserAgent.ToString();
        var session = new StaffSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), UserId = userId, StartedAt = now, LastSeenAt = now,
            Address = http.Connection.RemoteIpAddress?.ToString(),
            UserAgent = agent.Length > StaffSession.AgentMaxLength ? agent[..StaffSession.AgentMaxLength] : agent,
        };
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync();
        var old = now - KeepFor;
        await db.StaffSessions.Where(s => s.LastSeenAt < old || (s.EndedAt != null && s.EndedAt < old)).ExecuteDeleteAsync();
        return session.Id;
    }

    /// <summary>Whether the principal's session may go on; touches it now and then.</summary>
    public async Task<bool> IsValidAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var sessionId = principal.FindFirstValue(ClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (sessionId is null || !int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return false;
        var row = await db.StaffSessions.AsNoTracking().Where(s => s.Id == sessionId && s.EndedAt == null)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.UserId, s.LastSeenAt, u.SecurityStamp, u.DeactivatedAt })
            .SingleOrDefaultAsync(ct);
        if (row is null || row.UserId != userId) return false;
        if (row.DeactivatedAt is not null || row.SecurityStamp != stamp)
        {
            await EndAsync(sessionId);
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - row.LastSeenAt > TouchEvery)
            await db.StaffSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), ct);
        return true;
    }

    public async Task EndAsync(string sessionId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.StaffSessions.Where(s => s.Id == sessionId && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
    }

    public async Task<int> EndAllAsync(int userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.StaffSessions.Where(s => s.UserId == userId && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
    }

    public async Task<List<StaffSession>> OpenAsync(IEnumerable<int> userIds, CancellationToken ct)
    {
        var ids = userIds.ToList();
        return await db.StaffSessions.AsNoTracking().Where(s => ids.Contains(s.UserId) && s.EndedAt == null)
            .OrderByDescending(s => s.LastSeenAt).ToListAsync(ct);
    }
}
