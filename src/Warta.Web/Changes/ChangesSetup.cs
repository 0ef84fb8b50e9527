using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Warta.Web.Changes;

public static class ChangesSetup
{
    /// <summary>The change path every save takes (<see cref="ContentChanges"/>) and the feed that carries it to search and to other processes.</summary>
    public static IServiceCollection AddContentChanges(this IServiceCollection services)
    {
        services.AddOptions<ChangeOptions>().BindConfiguration(ChangeOptions.SectionName)
            .Validate(o => o.PollMilliseconds is >= 10 and <= 60_000, "Warta:Changes:PollMilliseconds must be between 10 and 60000.")
            .Validate(o => o.KeepDays >= 1, "Warta:Changes:KeepDays must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<ChangeJournal>();
        services.AddSingleton<ChangeFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeFeed>());
        services.AddSingleton<ContentChanges>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<ContentChanges>());
        return services;
    }
}
