namespace Warta.Web.Articles;

/// <summary>
/// WordPress addresses a paginated story's later pages as <c>{permalink}{n}/</c>; links to them from other sites and
/// from imported stories keep working, answered with the page's address on Warta (<c>?halaman=n</c>). The story page
/// itself decides whether the page exists.
/// </summary>
public static class StoryPageLinks
{
    public static IEndpointRouteBuilder MapStoryPageLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{year:length(4):int}/{month:length(2):int}/{day:length(2):int}/{slug}/{page:int:range(1,9999)}",
            (string year, string month, string day, string slug, int page) =>
            {
                var story = $"/{year}/{month}/{day}/{Uri.EscapeDataString(slug)}/";
                return Results.Redirect(page == 1 ? story : $"{story}?halaman={page}", permanent: true);
            });
        return app;
    }
}
