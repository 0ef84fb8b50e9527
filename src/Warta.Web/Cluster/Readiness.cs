using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Warta.Web.Changes;
using Warta.Web.Data;
using Warta.Web.Search;

namespace Warta.Web.Cluster;

/// <summary>
/// <c>/healthz</c> says the process is alive; <c>/readyz</c> says this node should be sent readers: its database
/// answers with every migration applied, Redis answers (when configured), and its search index has taken in the
/// change journal. A balancer takes a node out while it answers 503 and back when it answers 200.
/// </summary>
public static class Readiness
{
    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database", tags: ["ready"])
            .AddCheck<RedisCheck>("redis", tags: ["ready"])
            .AddCheck<SearchCheck>("search", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteAsync,
        });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), detail = e.Value.Description }),
        }));
    }

    private sealed class DatabaseCheck(IServiceScopeFactory scopes) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
                if (!await db.Database.CanConnectAsync(ct)) return HealthCheckResult.Unhealthy("the database does not answer");
                var pending = (await db.Database.PendingMigrationsAsync(ct)).Count;
                return pending == 0 ? HealthCheckResult.Healthy("reachable, migrated") : HealthCheckResult.Unhealthy($"{pending} migration(s) not applied");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("the database does not answer: " + e.GetType().Name);
            }
        }
    }

    private sealed class RedisCheck(IOptions<RedisOptions> options, IServiceProvider services) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            if (!options.Value.IsConfigured) return HealthCheckResult.Healthy("not configured (one node)");
            try
            {
                var latency = await services.GetRequiredService<SharedRedis>().Database.PingAsync();
                return HealthCheckResult.Healthy($"reachable ({latency.TotalMilliseconds:0.#} ms)");
            }
            catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy("Redis does not answer");
            }
        }
    }

    private const int CatchUpRows = 500;

    private sealed class SearchCheck(ArticleIndex index, ChangeFeed feed, IndexBacklog backlog, IServiceScopeFactory scopes) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            if (!index.IsReady) return HealthCheckResult.Unhealthy("the search index is being built");
            await using var scope = scopes.CreateAsyncScope();
            var latest = await ChangeJournal.LatestAsync(scope.ServiceProvider.GetRequiredService<WartaDb>(), ct);
            var behind = Math.Max(0, latest - feed.Position);
            if (behind == 0 && backlog.Pending == 0) return HealthCheckResult.Healthy("caught up");
            var detail = $"{behind} journal row(s) and {backlog.Pending} stor(ies) to take in";
            // A node a poll behind is serving (degraded answers 200); one far behind, catching up after a stop, is not.
            return behind > CatchUpRows || backlog.Pending > CatchUpRows ? HealthCheckResult.Unhealthy(detail) : HealthCheckResult.Degraded(detail);
        }
    }
}
