using Warta.Web.Cli;
using Warta.Web.Hosting;

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args).AddWarta();
var app = builder.Build();
app.UseWarta().MapWarta();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
