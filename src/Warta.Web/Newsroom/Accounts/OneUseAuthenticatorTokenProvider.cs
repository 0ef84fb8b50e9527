using Microsoft.AspNetCore.Identity;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// Identity's authenticator-app codes, each accepted once: a code seen over a shoulder or replayed from a captured
/// request is refused for as long as it would otherwise stay valid.
/// </summary>
public sealed class OneUseAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<NewsroomUser>
{
    /// <summary>Identity accepts a code two 30-second steps either side of now; five minutes covers every step.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<NewsroomUser> manager, NewsroomUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (user.LastTwoFactorCode == token && user.LastTwoFactorAt > now - Window) return false;
        if (!await base.ValidateAsync(purpose, token, manager, user)) return false;
        user.LastTwoFactorCode = token;
        user.LastTwoFactorAt = now;
        // Two requests racing with one code: the concurrency stamp lets only the first write win.
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
