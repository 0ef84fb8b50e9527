using Warta.Web.Cli;
using Warta.Web.Comments;
using Warta.Web.Data;
using Warta.Web.Feeds;
using Warta.Web.Newsroom;
using Warta.Web.Popular;
using Warta.Web.Search;
using Warta.Web.Site;
using Warta.Web.Sitemaps;

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddWartaData();
builder.Services.AddReaderSite();
builder.Services.AddFeeds();
builder.Services.AddSearch();
builder.Services.AddNewsroom();
builder.Services.AddPopular();
builder.Services.AddComments();

var app = builder.Build();

await app.PrepareDatabaseAsync();
await app.PrepareNewsroomAsync();

app.UseReaderErrorPages();
app.UseSecurityHeaders();
app.UseTrailingSlashRedirect();
app.UseSiteFiles();
app.UseSiteCulture();
app.UseNewsroomNoStore();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapGet("/healthz", () => Results.Text("ok"));
app.MapRazorPages();
app.MapFeeds();
app.MapCommentFeed();
app.MapSitemaps();
app.MapThemeStylesheet();

await app.RunAsync();
return 0;

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
