using Warta.Web.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Warta.Web.Changes;

public static class ChangesSetup
{
    /// <summary>The change path every save takes (<see cref="ContentChanges"/>) and the feed that carries it to search and to other processes.</summary>
    public static IServiceCollection AddContentChanges(this IServiceCollection services)
    {
        services.AddValidatedOptions<ChangeOptions>(ChangeOptions.SectionName);
        services.AddSingleton<ChangeJournal>();
        services.AddSingleton<ChangeFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeFeed>());
        services.AddSingleton<ContentChanges>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<ContentChanges>());
        return services;
    }
}
