using Microsoft.OpenApi;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Warta.IntegrationTests.Api;

/// <summary>The OpenAPI document describes exactly the routes and methods the index lists, with the writes' bodies and security.</summary>
public partial class OpenApiDocumentTests(WartaApp app) : IClassFixture<WartaApp>
{
    [GeneratedRegex(@"\(\?P<(\w+)>[^)]*\)")]
    private static partial Regex Placeholder();

    [Fact]
    public async Task EveryIndexedRoute_AndMethod_IsDescribed_WritesNeedAnApplicationPassword()
    {
        var client = app.CreateReader();
        var response = await client.GetAsync("/wp-json/warta/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        // Read by Microsoft's OpenAPI library, as a generator or a client would: no error, and its own validation rules hold.
        var (parsed, diagnostic) = Microsoft.OpenApi.OpenApiDocument.Parse(text, "json");
        Assert.NotNull(parsed);
        Assert.Empty(diagnostic!.Errors);
        Assert.Equal(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1, diagnostic.SpecificationVersion);
        Assert.Empty(parsed.Validate(Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        var document = JsonDocument.Parse(text).RootElement;
        Assert.Equal("3.1.0", document.GetProperty("openapi").GetString());
        Assert.Equal("http://localhost/wp-json", document.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.Equal("basic", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("applicationPassword").GetProperty("scheme").GetString());

        var index = JsonDocument.Parse(await client.GetStringAsync("/wp-json/")).RootElement.GetProperty("routes");
        var paths = document.GetProperty("paths");
        var described = 0;
        foreach (var route in index.EnumerateObject())
        {
            var path = Placeholder().Replace(route.Name, "{$1}");
            Assert.True(paths.TryGetProperty(path, out var operations), path);
            foreach (var method in route.Value.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!))
            {
                Assert.True(operations.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} {path}");
                Assert.Equal(method != "GET", operation.TryGetProperty("security", out _));
                foreach (var parameter in operation.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path"))
                    Assert.Contains($"{{{parameter.GetProperty("name").GetString()}}}", path, StringComparison.Ordinal);
                described++;
            }
        }
        Assert.Equal(index.EnumerateObject().Count(), paths.EnumerateObject().Count());
        Assert.True(described > 30, $"{described} operations");
        var create = paths.GetProperty("/wp/v2/posts").GetProperty("post");
        Assert.True(create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("properties").TryGetProperty("title", out _));
        Assert.True(create.GetProperty("responses").TryGetProperty("201", out _));
        Assert.Equal("integer", paths.GetProperty("/wp/v2/posts/{id}").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "id").GetProperty("schema").GetProperty("type").GetString());
    }
}
