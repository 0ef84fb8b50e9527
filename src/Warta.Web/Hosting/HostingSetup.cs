namespace Warta.Web.Hosting;

public static class HostingSetup
{
    public static IServiceCollection AddNativeHeapTrim(this IServiceCollection services)
    {
        services.AddOptions<NativeHeapOptions>().BindConfiguration("Warta:NativeHeap");
        services.AddHostedService<NativeHeapTrim>();
        return services;
    }
}
