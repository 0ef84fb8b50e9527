namespace Warta.Web.Hosting;

public static class HostingSetup
{
    public static IServiceCollection AddPreparation(this IServiceCollection services)
    {
        services.AddSingleton<Preparation>();
        services.AddHostedService<PreparationGate>();
        return services;
    }

    /// <summary>First in the pipeline: a request that arrives while the site is being prepared waits for it.</summary>
    public static IApplicationBuilder UsePreparationGate(this IApplicationBuilder app)
    {
        var done = app.ApplicationServices.GetRequiredService<Preparation>().Done;
        return app.Use((context, next) => done.IsCompletedSuccessfully ? next(context) : AfterPreparation(context, next, done));
    }

    private static async Task AfterPreparation(HttpContext context, RequestDelegate next, Task done)
    {
        await done.WaitAsync(context.RequestAborted);
        await next(context);
    }

    public static IServiceCollection AddNativeHeapTrim(this IServiceCollection services)
    {
        services.AddValidatedOptions<NativeHeapOptions>(NativeHeapOptions.SectionName);
        services.AddHostedService<NativeHeapTrim>();
        return services;
    }
}
