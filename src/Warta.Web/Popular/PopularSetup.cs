using Warta.Web.Hosting;
namespace Warta.Web.Popular;

public static class PopularSetup
{
    public static IServiceCollection AddPopular(this IServiceCollection services)
    {
        services.AddValidatedOptions<PopularOptions>(PopularOptions.SectionName);
        services.AddSingleton<ViewCounter>();
        services.AddSingleton<ViewFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<ViewFlusher>());
        services.AddSingleton<MostRead>();
        return services;
    }
}
