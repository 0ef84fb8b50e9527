using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Search;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Testing;

/// <summary>
/// The real app over a fresh database (a SQLite file in its own data directory, or its own PostgreSQL database when the
/// test command runs the suite there: <see cref="TestDatabase"/>), migrated by the app's own start-up.
/// One per test class; tests make their own data and never count what others made.
/// </summary>
public class WartaApp : WebApplicationFactory<Program>
{
    public static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public WartaApp() : this(seedDemo: false) { }

    /// <summary>A site on a given data directory (a restart, or a command beside it). Internal: fixtures need one public constructor.</summary>
    internal WartaApp(string dataDirectory) : this(seedDemo: false, dataDirectory) { }

    protected WartaApp(bool seedDemo, string? dataDirectory = null)
    {
        SeedDemo = seedDemo;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
    }

    public string DataDirectory { get; }
    public bool SeedDemo { get; }

    /// <summary>Comment defences that would slow every test; the tests of those defences set them back.</summary>
    protected virtual string MinSecondsToPost => "0";
    protected virtual string PostsPerMinute => "1000";
    protected virtual string FloodSeconds => "15";

    /// <summary>Every test client shares one (absent) address: the per-address sign-in limit would join unrelated tests.</summary>
    protected virtual string SignInAddressFreeAttempts => "100000";

    /// <summary>The output cache is on, as in production; tests of the render path itself turn it off.</summary>
    protected virtual bool OutputCache => true;

    /// <summary>Story and front-page snapshots are on, as in production; tests counting database queries turn them off.</summary>
    protected virtual bool Snapshots => true;

    /// <summary>Settings a test class's own fixture adds (or overrides) on top of the ones above.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    /// <summary>Whether disposing removes the data directory (a restart test keeps it for the next host).</summary>
    public bool DeleteDataOnDispose { get; init; } = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Warta:DataDirectory", DataDirectory);
        builder.UseSetting("Warta:SeedDemoContent", SeedDemo ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        builder.UseSetting("Warta:Scheduler:IntervalSeconds", "1");
        builder.UseSetting("Warta:Popular:ListSeconds", "1");
        builder.UseSetting("Warta:Comments:MinSecondsToPost", MinSecondsToPost);
        builder.UseSetting("Warta:Comments:PostsPerMinute", PostsPerMinute);
        builder.UseSetting("Warta:Comments:FloodSeconds", FloodSeconds);
        builder.UseSetting("Warta:SignIn:AddressFreeAttempts", SignInAddressFreeAttempts);
        builder.UseSetting("Warta:Cache:Enabled", OutputCache ? "true" : "false");
        builder.UseSetting("Warta:Cache:Snapshots", Snapshots ? "true" : "false");
        foreach (var (key, value) in TestDatabase.SettingsFor(DataDirectory)) builder.UseSetting(key, value);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>A reader's client: follows no redirects, so tests see each 301 for what it is.</summary>
    public HttpClient CreateReader() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<T> WithDbAsync<T>(Func<WartaDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WartaDb>());
    }

    public Task WithDbAsync(Func<WartaDb, Task> work) => WithDbAsync(async db => { await work(db); return true; });

    public async Task SetSiteAsync(Action<SiteSettings> change)
    {
        await WithDbAsync(async db =>
        {
            var settings = await db.SiteSettings.SingleAsync();
            change(settings);
            await db.SaveChangesAsync();
        });
        await Services.GetRequiredService<SiteSettingsCache>().ReloadAsync();
    }

    /// <summary>Waits until the search index is built and has taken in every committed change in the journal.</summary>
    public async Task WaitForSearchAsync()
    {
        var index = Services.GetRequiredService<ArticleIndex>();
        var backlog = Services.GetRequiredService<IndexBacklog>();
        var feed = Services.GetRequiredService<Warta.Web.Changes.ChangeFeed>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var latest = await WithDbAsync(db => Warta.Web.Changes.ChangeJournal.LatestAsync(db, CancellationToken.None));
            if (index.IsReady && feed.Position >= latest && backlog.Pending == 0) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The search index did not catch up within 30 s.");
            feed.Nudge();
            await Task.Delay(20);
        }
    }

    public static string UrlOf(Article article) => Permalink.For(article, Wib);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !DeleteDataOnDispose) return;
        SqliteConnection.ClearAllPools();
        TestDatabase.Drop(DataDirectory);
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { /* a file still held open is left for the OS temp cleaner */ }
    }
}
