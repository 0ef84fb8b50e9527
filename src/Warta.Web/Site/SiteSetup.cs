using Warta.Web.Settings;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Warta.Web.Articles;
using Warta.Web.Articles.Body;
using Warta.Web.Navigation;

namespace Warta.Web.Site;

public static class SiteSetup
{
    public static IServiceCollection AddReaderSite(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddLocalization();
        // Indonesian text is mostly ASCII, but dashes, quotes and names with diacritics should reach readers as
        // characters, not numeric entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<SiteSettingsCache>();
        services.AddSingleton<SectionDirectory>();
        services.AddSingleton<BodySanitizer>();
        services.AddHostedService<SanitizerWarmUp>();
        services.AddSingleton<BodyRenderer>();
        services.AddScoped<BacaJugaLinks>();
        services.AddScoped<RelatedArticles>();
        services.AddSingleton<StoryPasswords>();
        services.AddSingleton<StaticPages.ReservedSlugs>();
        services.AddSingleton<Media.MediaSrcset>();
        services.AddSingleton<Navigation.MenuDirectory>();
        services.AddRazorPages(options => options.Conventions.AddPaginationRoutes());
        return services;
    }

    /// <summary>Readers get localized error pages, never a stack trace, in every environment but Development.</summary>
    public static WebApplication UseReaderErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error/");
        app.UseStatusCodePagesWithReExecute("/404/");
        return app;
    }

    public static WebApplication UseSiteFiles(this WebApplication app)
    {
        var media = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Data.WartaOptions>>().Value.MediaPath;
        Directory.CreateDirectory(media);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(media),
            RequestPath = "/media",
        });
        return app;
    }
}
