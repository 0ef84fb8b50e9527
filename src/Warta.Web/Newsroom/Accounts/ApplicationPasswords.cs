using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// Application passwords: made, listed, revoked from the staff profile; checked when an app calls the REST API with
/// HTTP Basic authentication (login or email, then the password, spaces allowed as WordPress shows it).
/// </summary>
public sealed class ApplicationPasswords(WartaDb db, UserManager<NewsroomUser> users, TimeProvider clock, AuditLog audit)
{
    public const int MaxPerAccount = 20;
    private const int Length = 24;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    // A used password is stamped at most this often: a busy app must not write to the database on every call.
    private static readonly TimeSpan StampEvery = TimeSpan.FromMinutes(1);

    public Task<List<ApplicationPassword>> ListAsync(int userId, CancellationToken ct) =>
        db.ApplicationPasswords.AsNoTracking().Where(p => p.UserId == userId).OrderByDescending(p => p.CreatedAt).ToListAsync(ct);

    /// <summary>A new password for <paramref name="userId"/>; the only time its words are known is now (grouped by four).</summary>
    public async Task<(ApplicationPassword Entry, string Password)> CreateAsync(int userId, string name, CancellationToken ct)
    {
        var plain = RandomNumberGenerator.GetString(Alphabet, Length);
        var entry = new ApplicationPassword
        {
            Uuid = Guid.NewGuid(), UserId = userId, Name = name.Trim(), Hash = HashOf(plain), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApplicationPasswords.Add(entry);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, ct);
        audit.Record(user.Id, user.DisplayName, AuditActions.ApplicationPasswordCreated, user.Email ?? user.UserName ?? "", entry.Name);
        await db.SaveChangesAsync(ct);
        return (entry, string.Join(' ', plain.Chunk(4).Select(c => new string(c))));
    }

    public async Task<bool> RevokeAsync(int userId, Guid uuid, CancellationToken ct)
    {
        var entry = await db.ApplicationPasswords.SingleOrDefaultAsync(p => p.UserId == userId && p.Uuid == uuid, ct);
        if (entry is null) return false;
        db.ApplicationPasswords.Remove(entry);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, ct);
        audit.Record(user.Id, user.DisplayName, AuditActions.ApplicationPasswordRevoked, user.Email ?? user.UserName ?? "", entry.Name);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The active account that <paramref name="login"/> (user name or email) and <paramref name="password"/> name; null otherwise.</summary>
    public async Task<NewsroomUser?> VerifyAsync(string login, string password, CancellationToken ct)
    {
        var compact = password.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Length != Length || login.Length == 0) return null;
        var user = await users.FindByNameAsync(login) ?? await users.FindByEmailAsync(login);
        if (user is null || user.DeactivatedAt is not null) return null;
        var hash = Convert.FromHexString(HashOf(compact));
        var entries = await db.ApplicationPasswords.Where(p => p.UserId == user.Id).ToListAsync(ct);
        var match = entries.FirstOrDefault(e => CryptographicOperations.FixedTimeEquals(Convert.FromHexString(e.Hash), hash));
        if (match is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        if (match.LastUsedAt is not { } last || now - last >= StampEvery)
        {
            match.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return user;
    }

    private static string HashOf(string plain) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain)));
}
