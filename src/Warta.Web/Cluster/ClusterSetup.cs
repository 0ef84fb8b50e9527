using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using Warta.Web.Data;
using Warta.Web.Hosting;

namespace Warta.Web.Cluster;

public static class ClusterSetup
{
    /// <summary>
    /// What nodes share. The data-protection key ring (sign-in cookies, antiforgery and comment tokens) is one ring
    /// under one application name: in Redis when it is configured, so a token made on one node is good on all; else in
    /// the data directory, so it outlives a restart of the one machine.
    /// </summary>
    public static IServiceCollection AddCluster(this IServiceCollection services)
    {
        services.AddValidatedOptions<RedisOptions>(RedisOptions.SectionName);
        services.AddSingleton<SharedRedis>();
        services.AddSingleton<SharedReloads>();
        services.AddSingleton<ChangeSignal>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeSignal>());

        services.AddDataProtection().SetApplicationName("Warta");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<RedisOptions>, IOptions<WartaOptions>, IServiceProvider>((keys, redis, warta, sp) =>
        {
            keys.XmlRepository = redis.Value.IsConfigured
                ? new RedisXmlRepository(() => sp.GetRequiredService<SharedRedis>().Database, "warta:data-protection-keys")
                : new DurableKeyDirectory(Path.Combine(warta.Value.DataDirectoryPath, "keys"), sp.GetRequiredService<ILogger<DurableKeyDirectory>>());
        });
        return services;
    }
}
