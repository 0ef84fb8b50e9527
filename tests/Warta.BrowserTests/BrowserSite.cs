using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Warta.BrowserTests;

/// <summary>
/// The demo site on a real Kestrel socket on 127.0.0.1, and Debian's Chromium driven by Playwright
/// (no browser download: the executable path is given).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly BrowserDemoApp app = new();

    /// <summary>All browser tests post from 127.0.0.1; flood control would take them for one impatient reader.</summary>
    /// <summary>Its mail goes to a real SMTP server on 127.0.0.1, read back by the invitation and password tests.</summary>
    private sealed class BrowserDemoApp : DemoSiteApp
    {
        public SmtpServer Smtp { get; } = new();
        protected override string FloodSeconds => "0";
        protected override IReadOnlyDictionary<string, string> Settings => Smtp.Settings;

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing) Smtp.Dispose();
        }
    }
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public DemoSiteApp App => app;
    public SmtpServer Smtp => app.Smtp;

    public static string ArtifactsDirectory { get; } = FindArtifacts();

    public async Task InitializeAsync()
    {
        app.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumFlags,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await app.DisposeAsync();
    }

    private static string FindArtifacts()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Warta.slnx"))) dir = dir.Parent;
        var path = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }
}
