using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Warta.Web.Resources;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Areas.Newsroom.Pages;

/// <summary>What every back-office page shares: the title, the site settings, the signed-in person.</summary>
public abstract class NewsroomPage : PageModel
{
    public string Title { get; protected set; } = "";

    public CurrentSite Site => HttpContext.RequestServices.GetRequiredService<SiteSettingsCache>().Current;

    public int? UserId => int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string UserName => User.Identity?.Name ?? "";

    public bool Can(string capability) =>
        Warta.Web.Newsroom.Accounts.Capabilities.RolesWith(capability).Any(User.IsInRole);

    protected string T(string key, params object[] arguments) =>
        HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[key, arguments];

    /// <summary>The answer to a sign-in step tried too soon after failures (<see cref="Warta.Web.Newsroom.Accounts.SignInThrottle"/>):
    /// the page again with how long to wait, 429 and Retry-After.</summary>
    protected string TooSoon(TimeSpan wait)
    {
        var seconds = (long)Math.Ceiling(wait.TotalSeconds);
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TCount("NrSignInWait", seconds);
    }

    /// <summary>A counted phrase by the language's plural rule (<see cref="Plurals"/>).</summary>
    protected string TCount(string key, long count, params object[] more) =>
        HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>().Count(key, count, more);
}
