using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Warta.Web.Comments;

/// <summary>
/// Remembers, in a signed cookie, which held comments this browser wrote, so their writer (and nobody else) sees
/// them above the form marked as awaiting moderation.
/// </summary>
public sealed class HeldComments(IDataProtectionProvider protection)
{
    public const string CookieName = "warta_komentar";
    private const int Keep = 20;
    private readonly IDataProtector protector = protection.CreateProtector("Warta.Comments.Held");

    public IReadOnlyList<int> Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value)) return [];
        try
        {
            return protector.Unprotect(value).Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return [];
        }
    }

    public void Add(HttpContext context, int commentId)
    {
        var ids = Read(context.Request).Append(commentId).TakeLast(Keep);
        context.Response.Cookies.Append(CookieName, protector.Protect(string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)))),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(30), IsEssential = true });
    }
}
