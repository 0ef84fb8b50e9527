using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Warta.Web.Hosting;

namespace Warta.Web.Cluster;

/// <summary>Bound from "Warta:ForwardedHeaders" (environment: Warta__ForwardedHeaders__KnownProxies__0=127.0.0.1, …).</summary>
public sealed class ForwardedHeadersSettings : IValidatableObject
{
    public const string SectionName = "Warta:ForwardedHeaders";

    /// <summary>The balancers and proxies in front of this node; only their X-Forwarded-For and -Proto are believed.</summary>
    public string[] KnownProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => new ValidationResult($"Warta:ForwardedHeaders:KnownProxies: '{p}' is not an IP address.", [nameof(KnownProxies)]));
}

/// <summary>
/// Behind a balancer the connection comes from the balancer: the reader's own address (rate limits, comment flood
/// control, view counting) and the scheme (links, secure cookies) come in X-Forwarded-For and X-Forwarded-Proto. They
/// are taken only from the proxies named in configuration; with none named they are ignored, as a reader could
/// write them.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddForwardedHeadersFromProxies(this IServiceCollection services)
    {
        services.AddValidatedOptions<ForwardedHeadersSettings>(ForwardedHeadersSettings.SectionName);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((forwarded, settings) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in settings.Value.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            forwarded.ForwardLimit = 1;
        });
        return services;
    }

    public static WebApplication UseForwardedHeadersFromProxies(this WebApplication app)
    {
        var proxies = app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.KnownProxies.Select(IPAddress.Parse).ToArray();
        if (proxies.Length == 0) return app;
        // The balancer's request id (nginx: $request_id) becomes this request's id and a scope of every log line it
        // writes (BalancerRequestId), so one request is followed from the balancer's log to the node's. Only a known proxy's is taken.
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Warta.Requests");
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers["X-Request-ID"].ToString() is { Length: > 0 and <= 64 } id && id.All(char.IsAsciiLetterOrDigit)
                && context.Features.Get<IHttpConnectionFeature>()?.RemoteIpAddress is { } peer && proxies.Contains(peer))
            {
                context.TraceIdentifier = id;
                using (logger.BeginScope(new KeyValuePair<string, object>[] { new("BalancerRequestId", id) })) await next(context);
                return;
            }
            await next(context);
        });
        // After the request id: from here on the connection's address is the reader's, no longer the proxy's.
        app.UseForwardedHeaders();
        return app;
    }
}
