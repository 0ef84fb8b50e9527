namespace Warta.Web.Live;

public static class LiveSetup
{
    public static IServiceCollection AddLiveCoverage(this IServiceCollection services)
    {
        services.AddScoped<LiveDesk>();
        services.AddScoped<LiveReports>();
        return services;
    }

    public static IEndpointRouteBuilder MapLiveCoverage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/langsung/{id:int}", LiveUpdates.RespondAsync);
        app.MapGet("/{year:length(4):int}/{month:length(2):int}/{day:length(2):int}/{slug}/langsung/feed", LiveFeed.RespondAsync);
        return app;
    }
}
