using System.Net;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Site;

/// <summary>With Warta:PublicBaseUrl set, absolute links ignore the Host header, and an https address brings HSTS and Secure cookies.</summary>
public class PublicAddressTests(PublicAddressTests.HttpsSite app) : IClassFixture<PublicAddressTests.HttpsSite>
{
    public sealed class HttpsSite : WartaApp
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Warta:PublicBaseUrl"] = "https://berita.example/" };
    }

    private async Task<HttpResponseMessage> GetAsHostAsync(string path, string host = "penipu.example")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return await app.CreateReader().SendAsync(request);
    }

    [Fact]
    public async Task EveryAbsoluteLink_IsBuiltFromThePublicAddress_WhateverHostTheRequestNames()
    {
        var story = await An.Article().SaveAsync(app);

        var page = Html.Parse(await (await GetAsHostAsync(WartaApp.UrlOf(story))).Content.ReadAsStringAsync());
        Assert.Equal("https://berita.example" + WartaApp.UrlOf(story), page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.StartsWith("https://berita.example/", page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains("\"https://berita.example" + WartaApp.UrlOf(story), page.QuerySelector("script[type='application/ld+json']")?.TextContent, StringComparison.Ordinal);

        foreach (var path in new[] { "/feed/", WartaApp.UrlOf(story) + "feed/", "/sitemap.xml", "/sitemap-news.xml", "/robots.txt" })
        {
            var text = await (await GetAsHostAsync(path)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("penipu.example", text, StringComparison.Ordinal);
            Assert.Contains("https://berita.example/", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnHttpsPublicAddress_SendsHsts_AndMarksEveryCookieSecure_EvenOverPlainHttpFromTheProxy()
    {
        var home = await GetAsHostAsync("/");
        Assert.Equal("max-age=31536000", home.Headers.NonValidated["Strict-Transport-Security"].ToString());

        // The proxy speaks plain HTTP to the app; the cookies must still be Secure for the browser's https.
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Author);
        using var plain = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await plain.GetAsync("/newsroom/masuk/");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var token = Html.Parse(await form.Content.ReadAsStringAsync()).QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/newsroom/masuk/")
        {
            Content = new FormUrlEncodedContent([new("Email", email), new("Password", StaffSignIn.Password), new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", antiforgery[..antiforgery.IndexOf(';', StringComparison.Ordinal)]);
        var signedIn = await plain.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Warta.Newsroom=", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; secure", session, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Without a public address: links follow the request, no HSTS, and administrators are told.</summary>
public class MissingPublicAddressTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task NoPublicAddress_NoHsts_AndTheNewsroomWarnsAdministrators()
    {
        Assert.False((await app.CreateReader().GetAsync("/")).Headers.Contains("Strict-Transport-Security"));

        var (_, adminHome) = await (await app.CreateClientAsAsync(NewsroomRoles.Administrator)).GetPageAsync("/newsroom/");
        Assert.Contains("Warta:PublicBaseUrl", adminHome.Text("[data-testid=public-address-missing]"), StringComparison.Ordinal);
        var (_, editorHome) = await (await app.CreateClientAsAsync(NewsroomRoles.Editor)).GetPageAsync("/newsroom/");
        Assert.Null(editorHome.QuerySelector("[data-testid=public-address-missing]"));
    }
}
