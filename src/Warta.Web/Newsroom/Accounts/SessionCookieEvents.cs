using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Warta.Web.Newsroom.Accounts;

/// <summary>
/// The newsroom cookie's life tied to <see cref="StaffSessions"/>: a session row is opened at sign-in (kept when the
/// cookie is merely re-issued, as after a password change), checked on every request, and closed at sign-out.
/// </summary>
public sealed class SessionCookieEvents : CookieAuthenticationEvents
{
    public override async Task SigningIn(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity
            || !int.TryParse(identity.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var userId)) return;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
        var current = context.HttpContext.User;
        var sessionId = current.FindFirstValue(ClaimTypes.NameIdentifier) == userId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ? current.FindFirstValue(StaffSessions.ClaimType) : null;
        identity.AddClaim(new Claim(StaffSessions.ClaimType, sessionId ?? await sessions.StartAsync(userId, context.HttpContext)));
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
        if (context.Principal is { } principal && await sessions.IsValidAsync(principal, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>
    /// The live preview frame posts the editor's form on its own; once the sign-in has lapsed it must not load the
    /// sign-in page in the frame: that page's new antiforgery cookie would replace the one the writer's own sign-in
    /// form was given, and their sign-in would then be refused as an expired form. The frame gets a plain 401.
    /// </summary>
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.Path.StartsWithSegments("/newsroom/artikel/pratinjau", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }
        return base.RedirectToLogin(context);
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        if (context.HttpContext.User.FindFirstValue(StaffSessions.ClaimType) is { } sessionId)
            await context.HttpContext.RequestServices.GetRequiredService<StaffSessions>().EndAsync(sessionId);
    }
}
