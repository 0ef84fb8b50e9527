using Warta.Web.Hosting;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Warta.Web.Comments;

public static class CommentsSetup
{
    /// <summary>
    /// The rate-limit policy of pages that take comments, named on the page itself (endpoint metadata), so whichever way
    /// a handler is spelled in the address, Razor Pages' routing and the limit agree on what is being posted to.
    /// </summary>
    public const string PostsPolicy = "comment-posts";

    public static IServiceCollection AddComments(this IServiceCollection services)
    {
        services.AddValidatedOptions<CommentOptions>(CommentOptions.SectionName);
        services.AddSingleton<FormTimer>();
        services.AddSingleton<HeldComments>();
        services.AddSingleton<CommentText>();
        services.AddScoped<PostComment>();
        services.AddScoped<CommentThread>();
        // ASP.NET Core's rate limiter on top of flood control: comment posts per address per minute.
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PostsPolicy, http =>
            {
                // Reading the page is never limited; every post to it is, whatever its handler.
                if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
                var perMinute = http.RequestServices.GetRequiredService<IOptions<CommentOptions>>().Value.PostsPerMinute;
                var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                var window = new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) };
                // Several nodes count one limit in Redis; one node (or Redis unreachable) counts its own.
                if (!http.RequestServices.GetRequiredService<IOptions<Cluster.RedisOptions>>().Value.IsConfigured)
                    return RateLimitPartition.GetFixedWindowLimiter(address, _ => window);
                var services = http.RequestServices;
                return RateLimitPartition.Get(address, key => new Cluster.SharedRateLimiter(
                    services.GetRequiredService<Cluster.SharedRedis>(), "comments:" + key, perMinute, window.Window,
                    new FixedWindowRateLimiter(window), services.GetRequiredService<TimeProvider>()));
            });
        });
        return services;
    }
}
