namespace Warta.Web.Popular;

public static class PopularSetup
{
    public static IServiceCollection AddPopular(this IServiceCollection services)
    {
        services.AddOptions<PopularOptions>().BindConfiguration(PopularOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ViewCounter>();
        services.AddSingleton<ViewFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<ViewFlusher>());
        services.AddSingleton<MostRead>();
        return services;
    }
}
