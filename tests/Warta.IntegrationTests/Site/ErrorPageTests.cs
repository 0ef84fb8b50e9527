using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Warta.IntegrationTests.Site;

public class ErrorPageTests(ErrorPageTests.FailingApp app) : IClassFixture<ErrorPageTests.FailingApp>
{
    /// <summary>The real app plus one route that throws, to drive the real exception handler.</summary>
    public sealed class FailingApp : WartaApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ThrowingRoute()));
        }

        private sealed class ThrowingRoute : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Map("/uji-galat", branch => branch.Run(_ => throw new InvalidOperationException("Rahasia internal: stack trace uji")));
            };
        }
    }

    [Theory]
    [InlineData("/halaman-yang-tidak-ada/")]
    [InlineData("/a/b/c/d/e/f/")]
    [InlineData("/rubrik/")]
    public async Task UnknownPath_GivesTheLocalized404Page_WithSearchBoxAndSections(string url)
    {
        var section = await A.Section().SaveAsync(app);

        var (response, page) = await app.CreateReader().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Halaman tidak ditemukan", page.Text("h1"));
        var search = page.QuerySelector("form[role=search] input[type=search]");
        Assert.Equal("Ketik kata kunci…", search?.GetAttribute("placeholder"));
        Assert.Contains(page.QuerySelectorAll(".section-links a"), a => a.GetAttribute("href") == $"/rubrik/{section.Slug}/");
    }

    [Fact]
    public async Task UnhandledError_GivesALocalizedPage_WithoutStackTrace()
    {
        // Deep enough that no page route takes it, so the request reaches the throwing branch.
        var response = await app.CreateReader().GetAsync("/uji-galat/a/b/c/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Terjadi kesalahan", Html.Parse(html).Text("h1"));
        Assert.DoesNotContain("Rahasia internal", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders_OnceEach_FreshCachedOrFailed()
    {
        var reader = app.CreateReader();
        var fresh = await reader.GetAsync("/");
        var cached = await reader.GetAsync("/");
        var missing = await reader.GetAsync("/halaman-yang-tidak-ada/");
        var failed = await reader.GetAsync("/uji-galat/a/b/c/");

        Assert.NotNull(cached.Headers.Age); // served by the output cache, which does not keep these headers
        foreach (var response in new[] { fresh, cached, missing, failed })
        {
            Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }
}
