using Microsoft.AspNetCore.Mvc.RazorPages;
using Warta.Web.Sections;
using Warta.Web.Site;

namespace Warta.Web.Pages;

/// <summary>The localized 404, reached by re-execution for every unknown path and every NotFound() result.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public class NotFoundModel(SectionDirectory sections, SiteSettingsCache settings, TimeProvider clock) : ReaderPage(settings, clock)
{
    public IReadOnlyList<SectionLink> Sections { get; private set; } = [];

    public override bool ShowsSearchBox => false;

    public async Task OnGetAsync()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Title = T("NotFoundTitle");
        Sections = await sections.AllAsync();
    }

    // Re-execution keeps the original method, so a POST to a missing path lands here too.
    public Task OnPostAsync() => OnGetAsync();
}
