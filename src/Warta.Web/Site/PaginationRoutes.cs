using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Warta.Web.Site;

/// <summary>WordPress-style pagination, <c>…/page/2/</c>, added beside each listing's own route.</summary>
public static class PaginationRoutes
{
    public static void AddPaginationRoutes(this PageConventionCollection pages)
    {
        pages.AddPageRoute("/Index", "page/{pageNumber:int}");
        pages.AddPageRoute("/Sections/Show", "rubrik/{slug}/page/{pageNumber:int}");
        pages.AddPageRoute("/Tags/Show", "tag/{slug}/page/{pageNumber:int}");
        pages.AddPageRoute("/Authors/Show", "penulis/{slug}/page/{pageNumber:int}");
        pages.AddPageRoute("/Corrections/Index", "ralat/page/{pageNumber:int}");
        pages.AddPageRoute("/Archives/Show", "{year:length(4):int}/page/{pageNumber:int}");
        pages.AddPageRoute("/Archives/Show", "{year:length(4):int}/{month:length(2):int}/page/{pageNumber:int}");
        pages.AddPageRoute("/Archives/Show", "{year:length(4):int}/{month:length(2):int}/{day:length(2):int}/page/{pageNumber:int}");
    }
}
