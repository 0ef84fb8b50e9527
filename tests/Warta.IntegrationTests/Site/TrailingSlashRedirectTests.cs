using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Warta.IntegrationTests.Site;

/// <summary>
/// The slashless-address redirect over a real Kestrel socket, with the request line sent byte for byte: an HTTP client
/// would normalise exactly the paths an attacker sends.
/// </summary>
public class TrailingSlashRedirectTests(TrailingSlashRedirectTests.KestrelApp app) : IClassFixture<TrailingSlashRedirectTests.KestrelApp>
{
    public sealed class KestrelApp : WartaApp, IAsyncLifetime
    {
        public Uri BaseAddress { get; private set; } = null!;

        public Task InitializeAsync()
        {
            UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            StartServer();
            BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            return Task.CompletedTask;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("//evil.example")]
    [InlineData("/%5Cevil.example/x")]
    [InlineData("/%5cevil.example")]
    [InlineData("/%2F%2Fevil.example/x")]
    [InlineData("/\\evil.example/x")]
    [InlineData("///evil.example/x")]
    public async Task PathThatReadsAsAnotherHost_NeverRedirectsThere(string path)
    {
        var (status, location) = await SendAsync(path);

        Assert.NotEqual(500, status);
        if (location is null) return;
        var target = new Uri(app.BaseAddress, location);
        Assert.Equal(app.BaseAddress.Authority, target.Authority);
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal), location);
    }

    [Theory]
    [InlineData("/berita/%0D%0ASet-Cookie:%20x=1", "/berita/%0D%0ASet-Cookie:%20x=1/")]
    [InlineData("/rubrik/%E2%80%A8", "/rubrik/%E2%80%A8/")]
    [InlineData("/rubrik/%C3%A9conomie", "/rubrik/%C3%A9conomie/")]
    [InlineData("/rubrik/%FF", null)]
    public async Task PathWithControlOrNonAsciiCharacters_RedirectsEscaped_NeverA500(string path, string? expected)
    {
        var (status, location) = await SendAsync(path);

        Assert.NotEqual(500, status);
        if (expected is null) return;
        Assert.Equal(301, status);
        Assert.Equal(expected, location);
    }

    [Fact]
    public async Task RawUtf8InPathAndQuery_IsEscapedInTheRedirect()
    {
        var (status, location) = await SendAsync("/rubrik/ekonomi?q=ä", rawUtf8: true);

        Assert.NotEqual(500, status);
        if (status == 301) Assert.True(location is not null && location.All(c => c < 0x80), location);
    }

    [Fact]
    public async Task OrdinarySlashlessAddress_StillRedirectsToTheSlashedOne_KeepingTheQuery()
    {
        var (status, location) = await SendAsync("/rubrik/ekonomi?halaman=2");

        Assert.Equal(301, status);
        Assert.Equal("/rubrik/ekonomi/?halaman=2", location);
    }

    private async Task<(int Status, string? Location)> SendAsync(string target, bool rawUtf8 = false)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, app.BaseAddress.Port);
        await using var stream = client.GetStream();
        var head = $"GET {target} HTTP/1.1\r\nHost: {app.BaseAddress.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(rawUtf8 ? Encoding.UTF8.GetBytes(head) : Encoding.Latin1.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync() ?? "";
        var status = int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        string? location = null;
        for (var line = await reader.ReadLineAsync(); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync())
            if (line.StartsWith("Location:", StringComparison.OrdinalIgnoreCase)) location = line["Location:".Length..].Trim();
        return (status, location);
    }
}
