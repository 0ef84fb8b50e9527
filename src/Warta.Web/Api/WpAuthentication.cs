using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Api;

/// <summary>
/// Who calls the API: the member of staff an application password names (HTTP Basic: email or user name, then the
/// password), or nobody. The newsroom's session cookie counts for nothing here: a page on another site can make a
/// signed-in editor's browser send it (WordPress asks cookie callers for a nonce for that reason), and apps have
/// application passwords. A 401 never carries a Basic challenge, so a browser never offers to remember one.
/// </summary>
public static class WpAuthentication
{
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            http.User = new ClaimsPrincipal(new ClaimsIdentity());
            return await next(context);
        }
        if (!TryReadBasic(header, out var login, out var password))
            return WpError.Of("rest_authentication_unsupported", "Only application passwords (HTTP Basic authentication) are accepted here.", 401);

        var ct = http.RequestAborted;
        var throttle = http.RequestServices.GetRequiredService<SignInThrottle>();
        if (await throttle.WaitAsync(http, login, ct) is { } wait && wait > TimeSpan.Zero)
        {
            http.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return WpError.Of("rest_too_many_attempts", "Too many failed attempts; wait before trying again.", 429);
        }
        var user = await http.RequestServices.GetRequiredService<ApplicationPasswords>().VerifyAsync(login, password, ct);
        if (user is null)
        {
            var users = http.RequestServices.GetRequiredService<UserManager<NewsroomUser>>();
            await throttle.FailedAsync(http, login, await users.FindByNameAsync(login) ?? await users.FindByEmailAsync(login), ct);
            // One answer for an unknown login and a wrong password: the API says nothing about who has an account.
            return WpError.Of("incorrect_password", "The provided password is an invalid application password.", 401);
        }
        http.User = await http.RequestServices.GetRequiredService<SignInManager<NewsroomUser>>().CreateUserPrincipalAsync(user);
        return await next(context);
    }

    private static bool TryReadBasic(string header, out string login, out string password)
    {
        login = password = "";
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || !"Basic".Equals(value.Scheme, StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
            return false;
        string decoded;
        try { decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter)); }
        catch (FormatException) { return false; }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return false;
        (login, password) = (decoded[..colon], decoded[(colon + 1)..]);
        return true;
    }
}
