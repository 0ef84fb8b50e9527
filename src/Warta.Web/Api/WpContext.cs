using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Api;

/// <summary><c>context=edit</c>: the raw words beside the rendered ones, only for those who may edit.</summary>
public static class WpContext
{
    public static bool Edit(HttpContext http) => WpListing.One(http.Request.Query, "context") == "edit";

    public static IResult Forbidden(StaffMember? staff) =>
        WpError.Of("rest_forbidden_context", "Sorry, you are not allowed to edit posts in this post type.", staff is null ? 401 : 403);

    /// <summary>
    /// For the routes whose edit context is their view context (terms, users, media, comments: Warta adds no raw field
    /// there, and never a commenter's email): <c>context=edit</c> is still refused, as WordPress refuses it, to those
    /// without <paramref name="capability"/>, so a client learns what it may do from the answer and not from a guess.
    /// </summary>
    public static TBuilder RequiresForEdit<TBuilder>(this TBuilder builder, string capability) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!Edit(http)) return await next(context);
            var staff = await http.RequestServices.GetRequiredService<CurrentStaff>().GetAsync();
            if (staff?.Can(capability) == true) return await next(context);
            return WpError.Of("rest_forbidden_context", "Sorry, you are not allowed to edit in this context.", staff is null ? 401 : 403);
        });
}
