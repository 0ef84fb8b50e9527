// The benchmark's limit: bare Kestrel answering each path with bytes held in memory, no routing, no middleware.
// Usage: Warta.Bench.Limit http://127.0.0.1:PORT /path=file.html [/other=file2.html …]
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var pages = args.Skip(1)
    .Select(a => a.Split('=', 2))
    .ToDictionary(p => p[0], p => File.ReadAllBytes(p[1]), StringComparer.Ordinal);

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
var app = builder.Build();
app.Urls.Add(args[0]);
app.Run(async context =>
{
    if (!pages.TryGetValue(context.Request.Path.Value ?? "", out var bytes))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = bytes.Length;
    await context.Response.Body.WriteAsync(bytes);
});
await app.RunAsync();
