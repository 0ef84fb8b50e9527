using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Api;

/// <summary><c>context=edit</c>: the raw words beside the rendered ones, only for those who may edit.</summary>
public static class WpContext
{
    public static bool Edit(HttpContext http) => WpListing.One(http.Request.Query, "context") == "edit";

    public static IResult Forbidden(StaffMember? staff) =>
        WpError.Of("rest_forbidden_context", "Sorry, you are not allowed to edit posts in this post type.", staff is null ? 401 : 403);
}
