using Warta.Web.Data;
using Warta.Web.Feeds;
using Warta.Web.Site;
using Warta.Web.Sitemaps;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddWartaData();
builder.Services.AddReaderSite();
builder.Services.AddFeeds();

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseReaderErrorPages();
app.UseSecurityHeaders();
app.UseTrailingSlashRedirect();
app.UseSiteFiles();
app.UseSiteCulture();
app.UseRouting();
app.MapGet("/healthz", () => Results.Text("ok"));
app.MapRazorPages();
app.MapFeeds();
app.MapSitemaps();

await app.RunAsync();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
