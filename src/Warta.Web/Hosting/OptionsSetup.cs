using Microsoft.Extensions.Options;

namespace Warta.Web.Hosting;

public static class OptionsSetup
{
    /// <summary>
    /// Every options class the one way: bound from its section, its data annotations checked when the host starts, so a
    /// mistyped setting stops the start with the setting's name instead of misbehaving later.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string sectionName) where T : class =>
        services.AddOptions<T>().BindConfiguration(sectionName).ValidateDataAnnotations().ValidateOnStart();
}
