using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Warta.Web.Articles;

/// <summary>
/// A reader who gave a protected story's password keeps it, as WordPress keeps it, in one signed cookie for ten days:
/// every story with that password opens for them, and changing a story's password closes it again. The cookie holds
/// a hash of the password, never the password.
/// </summary>
public sealed class StoryPasswords(IDataProtectionProvider protection)
{
    public const string CookieName = "warta_sandi";
    private readonly IDataProtector protector = protection.CreateProtector("Warta.Articles.Password");

    public bool IsUnlocked(HttpRequest request, string? password)
    {
        if (password is null) return true;
        if (!request.Cookies.TryGetValue(CookieName, out var value)) return false;
        try
        {
            return CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(protector.Unprotect(value)), Hash(password));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
    }

    /// <summary>True, and the cookie set, when <paramref name="given"/> is the story's password.</summary>
    public bool TryUnlock(HttpContext context, string password, string? given)
    {
        if (given is null || !CryptographicOperations.FixedTimeEquals(Hash(given), Hash(password))) return false;
        context.Response.Cookies.Append(CookieName, protector.Protect(Convert.ToBase64String(Hash(password))),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(10), IsEssential = true });
        return true;
    }

    private static byte[] Hash(string password) => SHA256.HashData(Encoding.UTF8.GetBytes(password));
}
