using System.ComponentModel.DataAnnotations;
using System.Net;
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
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.KnownProxies.Length > 0) app.UseForwardedHeaders();
        return app;
    }
}
