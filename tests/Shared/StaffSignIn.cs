using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Testing;

/// <summary>Staff accounts for tests, and clients signed in through the real sign-in form.</summary>
public static class StaffSignIn
{
    public const string Password = "kata-sandi-uji-yang-panjang";

    public static async Task<(string Email, string Name)> CreateStaffAsync(this WartaApp app, string role, string? password = null)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var email = $"{role}-{id}@redaksi.test";
        var name = $"Staf {role} {id}";
        await using var scope = app.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<AddStaffMember>().RunAsync(email, name, role, password ?? Password, (null, "test"));
        if (problems.Count > 0) throw new InvalidOperationException(string.Join("; ", problems));
        return (email, name);
    }

    /// <summary>A client with its own cookies, signed in as a new member of staff with <paramref name="role"/>.</summary>
    public static async Task<HttpClient> CreateClientAsAsync(this WartaApp app, string role)
    {
        var (email, _) = await app.CreateStaffAsync(role);
        var client = app.CreateReader();
        var response = await client.SignInAsync(email, Password);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {role} answered {(int)response.StatusCode}.");
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        await client.PostFormAsync("/newsroom/masuk/", new() { ["Email"] = email, ["Password"] = password });

    /// <summary>Posts a form the way a browser does: the antiforgery token read from the page first.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formSelector = null)
    {
        var page = Html.Parse(await client.GetStringAsync(url));
        var form = formSelector is null ? page.QuerySelector("main form") : page.QuerySelector(formSelector);
        var token = form?.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {url}.");
        var action = form?.GetAttribute("action") is { Length: > 0 } a ? a : url;
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(action, content);
    }
}
