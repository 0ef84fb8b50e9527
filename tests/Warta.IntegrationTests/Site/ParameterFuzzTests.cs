using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Site;

/// <summary>
/// Every GET route, its route values and every query parameter it binds, each given out-of-range, overflowing, malformed
/// and non-ASCII values, anonymously and as an administrator: no answer may be a server error. New routes and
/// parameters are found by reflection, so they are fuzzed without anyone adding them here.
/// </summary>
public class ParameterFuzzTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static readonly string[] BadValues =
    [
        "0", "-1", "2147483647", "2147483648", "214748365", "-2147483649", "99999999999999999999999", "1e309", "NaN",
        "9999-12-31", "0001-01-01", "9999-12", "10000-01-01", "2026-02-30", "1.5", "%00", "%C3%A9%C3%B1", "%E2%80%AE",
        "%FF%FE", "..%2F..%2Fetc", "a%0D%0ALocation:%20x", "%3Cscript%3E", "%27%22", new string('x', 3000), "",
    ];

    private static readonly string[] Everywhere = ["halaman", "q", "komentar", "dari", "sampai", "bulan", "urut", "rubrik"];

    private sealed record Target(string Pattern, RoutePattern Route, IReadOnlyList<string> Query);

    private async Task<List<Target>> TargetsAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var targets = new List<Target>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is { Count: > 0 } && !methods.Contains("GET")) continue;
            var names = new HashSet<string>(Everywhere, StringComparer.OrdinalIgnoreCase);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var property in compiled.BoundProperties)
                    if (property.BindingInfo?.BindingSource == BindingSource.Query || property.BindingInfo?.BindingSource is null || property.BindingInfo.BindingSource == BindingSource.ModelBinding)
                        names.Add(property.BindingInfo?.BinderModelName ?? property.Name);
                foreach (var handler in compiled.HandlerMethods.Where(h => h.HttpMethod == "GET"))
                    foreach (var parameter in handler.Parameters.Where(p => p.ParameterType != typeof(CancellationToken)))
                        names.Add(parameter.BindingInfo?.BinderModelName ?? parameter.Name);
            }
            else if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } method)
            {
                foreach (var parameter in method.GetParameters())
                {
                    if (parameter.ParameterType == typeof(CancellationToken) || parameter.ParameterType == typeof(HttpContext) || parameter.GetCustomAttribute<FromServicesAttribute>() is not null) continue;
                    names.Add(parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parameter.Name!);
                }
            }
            foreach (var routeParameter in endpoint.RoutePattern.Parameters) names.Remove(routeParameter.Name);
            targets.Add(new Target(endpoint.RoutePattern.RawText ?? "", endpoint.RoutePattern, names.ToList()));
        }
        return targets;
    }

    /// <summary>A path from the pattern: each route value plausible, except <paramref name="bad"/> for <paramref name="fuzzed"/>.</summary>
    private static string PathOf(RoutePattern route, string? fuzzed = null, string? bad = null)
    {
        var segments = new List<string>();
        foreach (var segment in route.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                text += part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter when parameter.Name == fuzzed => bad,
                    RoutePatternParameterPart parameter => Plausible(parameter),
                    _ => "",
                };
            }
            segments.Add(text);
        }
        var joined = string.Join('/', segments.Where(s => s.Length > 0));
        return joined.Length == 0 ? "/" : "/" + joined + "/";
    }

    private static string Plausible(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content?.StartsWith("int", StringComparison.Ordinal) == true) || parameter.Name is "year" or "month" or "day" or "id" or "page"
            ? parameter.Name == "year" ? "2026" : "1"
            : "berita";

    [Fact]
    public async Task NoParameterValue_AnywhereAnswersAServerError()
    {
        var targets = await TargetsAsync();
        Assert.True(targets.Count > 30, $"only {targets.Count} routes found");
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var reader = app.CreateReader();
        var failures = new List<string>();
        var tried = 0;

        foreach (var target in targets)
        {
            var client = target.Pattern.StartsWith("newsroom", StringComparison.OrdinalIgnoreCase) || target.Pattern.StartsWith("/newsroom", StringComparison.OrdinalIgnoreCase) ? admin : reader;
            var urls = new List<string>();
            foreach (var parameter in target.Route.Parameters)
                urls.AddRange(BadValues.Where(v => v.Length > 0 && v != "%00").Select(v => PathOf(target.Route, parameter.Name, v))); // a NUL never reaches a path

            var path = PathOf(target.Route);
            foreach (var name in target.Query)
                urls.AddRange(BadValues.Select(v => $"{path}?{name}={v}&q=berita"));
            foreach (var url in urls)
            {
                tried++;
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                var response = await client.SendAsync(request);
                if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} {url[..Math.Min(url.Length, 160)]}");
            }
        }

        Assert.True(tried > 1000, $"only {tried} requests");
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("TRACK")]
    [InlineData("OPTIONS")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("PROPFIND")]
    [InlineData("CONNECT")]
    public async Task AnUnusualMethod_IsRefusedCleanly_NeverAServerError(string method)
    {
        var story = await An.Article().SaveAsync(app);
        foreach (var path in new[] { "/", WartaApp.UrlOf(story), "/cari/?q=x", "/newsroom/", "/feed/", "/tidak-ada/" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            var response = await app.CreateReader().SendAsync(request);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal("GET, HEAD, POST", string.Join(", ", response.Content.Headers.Allow));
        }
    }
}
