// The benchmark's limit: bare Kestrel answering each path with bytes held in memory, no routing, no middleware.
// Usage: Warta.Bench.Limit http://127.0.0.1:PORT /path=file.html[=PADDING] [/other=file2.html …]
//   PADDING: bytes of an extra header, so the limit's response headers are as long as the app's for that page.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var pages = args.Skip(1)
    .Select(a => a.Split('=', 3))
    .ToDictionary(p => p[0], p => (Bytes: File.ReadAllBytes(p[1]), Padding: p.Length > 2 ? new string('x', int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture)) : null),
        StringComparer.Ordinal);

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
var app = builder.Build();
app.Urls.Add(args[0]);
app.Run(async context =>
{
    if (!pages.TryGetValue(context.Request.Path.Value ?? "", out var page))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }
    var bytes = page.Bytes;
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = bytes.Length;
    if (page.Padding is { } padding) context.Response.Headers["X-Padding"] = padding;
    await context.Response.Body.WriteAsync(bytes);
});
await app.RunAsync();
