using Microsoft.Extensions.Options;
using Warta.Web.Data;

namespace Warta.Web.Site;

/// <summary>
/// Where absolute links point: <c>Warta:PublicBaseUrl</c> when set, so a request carrying someone else's Host header
/// cannot make the site announce another address; else the request's own scheme, host and base path.
/// </summary>
public static class PublicOrigin
{
    public static string Of(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<WartaOptions>>().Value.PublicBase
        ?? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
