using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Warta.Web.Comments;

/// <summary>Signs the moment a comment form was shown, so its post can be checked for inhuman speed.</summary>
public sealed class FormTimer(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("Warta.Comments.FormTimer");

    public string Issue(int articleId) =>
        protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{articleId}:{clock.GetUtcNow().UtcTicks}"));

    /// <summary>Seconds since the form for this article was shown, or null when the token is missing or forged.</summary>
    public double? SecondsSince(string? token, int articleId)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var parts = protector.Unprotect(token).Split(':');
            if (parts.Length != 2 || parts[0] != articleId.ToString(CultureInfo.InvariantCulture)) return null;
            var issued = new DateTime(long.Parse(parts[1], CultureInfo.InvariantCulture), DateTimeKind.Utc);
            return (clock.GetUtcNow().UtcDateTime - issued).TotalSeconds;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
