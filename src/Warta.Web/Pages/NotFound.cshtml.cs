using Microsoft.AspNetCore.Mvc.RazorPages;
using Warta.Web.Navigation;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages;

/// <summary>
/// The localized error page for every empty error answer (re-executed by the status code pages middleware): a 404
/// with search and sections, or a short explanation for other codes (a stale form's 400, a 405), keeping the code.
/// </summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public class NotFoundModel(SectionDirectory sections, SiteSettingsCache settings, TimeProvider clock) : ReaderPage(settings, clock)
{
    public IReadOnlyList<SectionLink> Sections { get; private set; } = [];

    public override bool ShowsSearchBox => false;

    public int Code { get; private set; } = StatusCodes.Status404NotFound;

    public async Task OnGetAsync()
    {
        Code = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        Title = Code == StatusCodes.Status404NotFound ? T("NotFoundTitle") : T("BadRequestTitle");
        Sections = await sections.AllAsync();
    }

    // Re-execution keeps the original method, so a POST to a missing path lands here too.
    public Task OnPostAsync() => OnGetAsync();
}
