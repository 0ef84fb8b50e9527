using System.ComponentModel.DataAnnotations;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Warta.Web.Hosting;
using Warta.Web.Search;

namespace Warta.Web.Cluster;

/// <summary>Bound from "Warta:Metrics". A port of the node's own (listed in --urls) where /metrics answers; 0 = no metrics.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Warta:Metrics";

    [Range(0, 65535)]
    public int Port { get; set; }
}

/// <summary>
/// What a node measures about itself, for a scraper (Prometheus text at <c>/metrics</c>): requests (ASP.NET Core's own
/// meters), output-cache hits and misses, evictions, how long a change took to reach this node from the journal, and
/// the search backlog. /metrics answers only on the port named in <see cref="MetricsOptions"/>, judged by the socket
/// the request came in on, so a reader cannot reach it through the balancer whatever Host header they send.
/// </summary>
public sealed class WartaMetrics : IDisposable
{
    public const string MeterName = "Warta";

    private readonly Meter meter = new(MeterName);
    private readonly Counter<long> cacheHits;
    private readonly Counter<long> cacheMisses;
    private readonly Counter<long> evictions;
    private readonly Histogram<double> changeLag;

    public WartaMetrics(IServiceProvider services)
    {
        cacheHits = meter.CreateCounter<long>("warta.cache.hits", description: "Pages answered from the output cache");
        cacheMisses = meter.CreateCounter<long>("warta.cache.misses", description: "Cacheable pages that had to be rendered");
        evictions = meter.CreateCounter<long>("warta.cache.evictions", description: "Cache tags evicted (pages and snapshots)");
        changeLag = meter.CreateHistogram<double>("warta.changes.lag", unit: "ms", description: "From a change's commit to this node applying it");
        meter.CreateObservableGauge("warta.search.backlog", () => services.GetRequiredService<IndexBacklog>().Pending,
            description: "Stories waiting to be (re)indexed");
    }

    public void CacheHit() => cacheHits.Add(1);
    public void CacheMiss() => cacheMisses.Add(1);
    public void Evicted(int tags) => evictions.Add(tags);
    public void ChangeApplied(TimeSpan lag) => changeLag.Record(Math.Max(0, lag.TotalMilliseconds));

    public void Dispose() => meter.Dispose();
}

public static class MetricsSetup
{
    public static IServiceCollection AddWartaMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<MetricsOptions>(MetricsOptions.SectionName);
        services.AddSingleton<WartaMetrics>();
        // Nothing listens (and measuring costs nothing) unless a scraper has a port to read from.
        if (configuration.GetSection(MetricsOptions.SectionName).GetValue<int>(nameof(MetricsOptions.Port)) <= 0) return services;
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(WartaMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        return services;
    }

    public static WebApplication UseWartaMetrics(this WebApplication app)
    {
        var port = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Port;
        if (port > 0)
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Connection.LocalPort == port && context.Request.Path == "/metrics");
        return app;
    }
}
