using Microsoft.AspNetCore.Hosting;

namespace Warta.IntegrationTests.Site;

/// <summary>Every options class is checked when the site starts: a mistyped setting stops it, naming the setting.</summary>
public class OptionsValidationTests
{
    private sealed class MisconfiguredApp(params (string Key, string Value)[] settings) : WartaApp
    {
        public MisconfiguredApp(string key, string value) : this((key, value)) { }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }

    [Fact]
    public void PostgreSQL_WithoutAConnectionString_StopsTheStart_SayingWhatIsMissing()
    {
        using var app = new MisconfiguredApp(("Warta:Database:Provider", "Postgres"), ("Warta:Database:ConnectionString", ""));

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Warta:Database:ConnectionString is required", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Warta:DataDirectory", "")]
    [InlineData("Warta:Comments:PostsPerMinute", "0")]
    [InlineData("Warta:Comments:FloodSeconds", "-1")]
    [InlineData("Warta:Cache:LifetimeSeconds", "0")]
    [InlineData("Warta:Cache:SnapshotMegabytes", "0")]
    [InlineData("Warta:Search:ResultsPerPage", "0")]
    [InlineData("Warta:Media:MaxUploadBytes", "0")]
    [InlineData("Warta:NativeHeap:TrimSeconds", "-5")]
    [InlineData("Warta:Changes:PollMilliseconds", "1")]
    [InlineData("Warta:Feeds:ItemCount", "0")]
    [InlineData("Warta:Popular:ListSize", "0")]
    [InlineData("Warta:Scheduler:IntervalSeconds", "0")]
    [InlineData("Warta:Media:MaxFileBytes", "0")]
    [InlineData("Warta:Media:ConcurrentDecodes", "0")]
    [InlineData("Warta:ForwardedHeaders:KnownProxies:0", "balancer.example")]
    [InlineData("Warta:PublicBaseUrl", "berita.example")]
    [InlineData("Warta:PublicBaseUrl", "ftp://berita.example")]
    [InlineData("Warta:PublicBaseUrl", "https://berita.example/?a=1")]
    [InlineData("Warta:SignIn:AccountFreeAttempts", "0")]
    [InlineData("Warta:Popular:ViewsPerAddress", "0")]
    public void AnOutOfRangeSetting_StopsTheStart_NamingIt(string key, string value)
    {
        using var app = new MisconfiguredApp(key, value);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var property = key[(key.LastIndexOf(':') + 1)..];
        Assert.Contains(property, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("OptionsValidationException", error.ToString(), StringComparison.Ordinal);
    }
}
