using Warta.Web.Caching;
using Warta.Web.Cli;
using Warta.Web.Comments;
using Warta.Web.Data;
using Warta.Web.Feeds;
using Warta.Web.Hosting;
using Warta.Web.Newsroom;
using Warta.Web.Popular;
using Warta.Web.Search;
using Warta.Web.Site;
using Warta.Web.Sitemaps;

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
// No "Server: Kestrel" on every answer: it tells an attacker what runs here and costs bytes on every cached page.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
// Run from a build (dotnet run, tests) rather than a publish, the fingerprinted and pre-compressed copies of wwwroot
// live in obj/; the build's manifest maps them in whatever the environment. A publish has them in wwwroot and no
// such manifest, and this does nothing.
Microsoft.AspNetCore.Hosting.StaticWebAssets.StaticWebAssetsLoader.UseStaticWebAssets(builder.Environment, builder.Configuration);

builder.Services.AddPreparation();
builder.Services.AddWartaData();
builder.Services.AddReaderSite();
builder.Services.AddFeeds();
builder.Services.AddSearch();
builder.Services.AddNewsroom();
builder.Services.AddPopular();
builder.Services.AddComments();
builder.Services.AddReaderCache();
builder.Services.AddNativeHeapTrim();

var app = builder.Build();

// Migrations, settings, demo content and roles are prepared while the server starts; requests and background services
// wait for them (Hosting/Preparation.cs).
app.Services.GetRequiredService<Preparation>().Begin(async () =>
{
    await app.PrepareDatabaseAsync();
    await app.PrepareNewsroomAsync();
});

app.UsePreparationGate();
app.UseSecurityHeaders();
app.UseTrailingSlashRedirect();
// A page from the output cache is answered here, before routing and the rest: counting its view is all it needs.
app.UseViewCounting();
app.UseReaderCache();
// Behind the cache, so a hit does not pass through them; a miss that fails or finds nothing gets the reader's error
// page (the cache keeps only 200 answers).
app.UseReaderErrorPages();
app.UseSiteFiles();
app.UseSiteCulture();
app.UseNewsroomNoStore();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapGet("/healthz", () => Results.Text("ok"));
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapFeeds();
app.MapCommentFeed();
app.MapCommentTokens();
app.MapSitemaps();
app.MapThemeStylesheet();
app.MapCachePurgeHook();

await app.RunAsync();
return 0;

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
