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

    public bool StorageFull { get; private set; }

    public Microsoft.AspNetCore.Mvc.IActionResult OnGet()
    {
        // Visited directly, nothing broke: the address is simply not a page.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not { } failure) return NotFound();
        // A full or read-only disk is no bug: say what it is, and that trying again later will work.
        StorageFull = Data.StorageFailure.Is(failure.Error);
        Response.StatusCode = StorageFull ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        if (StorageFull) Response.Headers.RetryAfter = "60";
        Title = T("ErrorTitle");
        return Page();
    }

    public Microsoft.AspNetCore.Mvc.IActionResult OnPost() => OnGet();
}
