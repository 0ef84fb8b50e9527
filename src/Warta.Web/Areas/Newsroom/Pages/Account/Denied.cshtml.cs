namespace Warta.Web.Areas.Newsroom.Pages.Account;

public class DeniedModel : NewsroomPage
{
    public void OnGet()
    {
        Title = T("NrDenied");
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
