using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Api;

/// <summary>Clients of the REST API as an app calls it: with a new staff member's application password, or as nobody.</summary>
public static class ApiClients
{
    /// <summary>A client that calls the API as a new member of staff with <paramref name="role"/>; null role: nobody.</summary>
    public static async Task<HttpClient> ApiClientAsync(this WartaApp app, string? role)
    {
        var client = app.CreateReader();
        if (role is null) return client;
        var (email, _) = await app.CreateStaffAsync(role);
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var (_, password) = await scope.ServiceProvider.GetRequiredService<ApplicationPasswords>().CreateAsync(id, "uji", CancellationToken.None);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{password}")));
        return client;
    }

    /// <summary>Sends <paramref name="body"/> as JSON and reads the JSON answer (every API answer is JSON).</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Json)> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}
