using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Warta.Web.Comments;

public static class CommentsSetup
{
    public static IServiceCollection AddComments(this IServiceCollection services)
    {
        services.AddOptions<CommentOptions>().BindConfiguration(CommentOptions.SectionName);
        services.AddSingleton<FormTimer>();
        services.AddSingleton<HeldComments>();
        services.AddSingleton<CommentText>();
        services.AddScoped<PostComment>();
        services.AddScoped<CommentThread>();
        // ASP.NET Core's rate limiter on top of flood control: comment posts per address per minute.
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var isCommentPost = HttpMethods.IsPost(http.Request.Method) && http.Request.Query["handler"] == "Comment";
                if (!isCommentPost) return RateLimitPartition.GetNoLimiter("other");
                var perMinute = http.RequestServices.GetRequiredService<IOptions<CommentOptions>>().Value.PostsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
            });
        });
        return services;
    }
}
