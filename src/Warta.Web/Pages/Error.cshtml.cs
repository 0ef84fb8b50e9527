using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages;

/// <summary>
/// What a reader sees when something breaks: a localized apology, no details. The exception is logged by the
/// exception handler; this page touches nothing that might have caused it (no database).
/// </summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public class ErrorModel(SiteSettingsCache settings, TimeProvider clock) : ReaderPage(settings, clock)
{
    public override bool ShowsSectionNavigation => false;

    public Microsoft.AspNetCore.Mvc.IActionResult OnGet()
    {
        // Visited directly, nothing broke: the address is simply not a page.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is null) return NotFound();
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        Title = T("ErrorTitle");
        return Page();
    }

    public Microsoft.AspNetCore.Mvc.IActionResult OnPost() => OnGet();
}
