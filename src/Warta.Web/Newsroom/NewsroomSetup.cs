using Warta.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Newsroom;

/// <summary>
/// The back office under /newsroom/: ASP.NET Core Identity accounts (hashed passwords, throttled guessing, server-side sessions, optional one-use TOTP),
/// one policy per capability, and every page of the Newsroom area closed to anyone who cannot enter it.
/// </summary>
public static class NewsroomSetup
{
    public const string Area = "Newsroom";
    public const string SignInPath = "/newsroom/masuk/";

    public static IServiceCollection AddNewsroom(this IServiceCollection services)
    {
        services.AddIdentity<NewsroomUser, IdentityRole<int>>(o =>
            {
                // Length over composition rules, as NIST SP 800-63B advises. No lockout: anyone could set it off for
                // someone else; SignInThrottle slows guessing instead.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = false;
                o.SignIn.RequireConfirmedAccount = true; // "confirmed" is ActiveAccountConfirmation: not deactivated
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<WartaDb>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddStaffLinkTokens()
            .AddUserConfirmation<ActiveAccountConfirmation>();
        services.AddScoped<StaffSessions>();
        services.AddScoped<SignInThrottle>();
        services.AddScoped<ApplicationPasswords>();
        services.AddScoped<Navigation.SaveSection>();
        services.AddScoped<Navigation.DeleteSection>();
        services.AddScoped<Web.StaticPages.SavePage>();
        services.AddScoped<Web.StaticPages.DeletePage>();
        services.AddScoped<Tags.SaveTag>();
        services.AddScoped<Tags.DeleteTag>();
        services.AddScoped<Media.AddMedia>();
        services.AddScoped<Media.DeleteMedia>();
        services.AddValidatedOptions<SignInGuardOptions>(SignInGuardOptions.SectionName);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".Warta.Newsroom";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/newsroom/keluar/";
            o.AccessDeniedPath = "/newsroom/ditolak/";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.Events = new SessionCookieEvents();
        });
        services.AddAuthorization(o => o.AddCapabilityPolicies());
        services.Configure<RazorPagesOptions>(o => o.Conventions.AddNewsroomConventions());
        services.AddScoped<AuditLog>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentStaff>();
        services.AddScoped<SaveArticle>();
        services.AddScoped<Checks.SiteChecks>();
        services.AddScoped<Checks.ArticleChecks>();
        services.AddScoped<Corrections.AddCorrection>();
        services.AddScoped<ArticleWorkflow>();
        services.AddScoped<Import.WordPress.ImportWordPressExport>();
        services.AddScoped<Import.WordPress.AttachmentFetcher>();
        services.AddSingleton<Import.WordPress.ImportJobs>();
        services.AddValidatedOptions<Import.WordPress.ImportOptions>(Import.WordPress.ImportOptions.SectionName);
        services.AddScoped<Import.WordPress.WordPressShortLinks>();
        services.AddValidatedOptions<Media.MediaOptions>(Media.MediaOptions.SectionName);
        services.AddSingleton<Media.DecodeGate>();
        services.AddSingleton<Media.MediaCrops>();
        services.AddSingleton<Media.StoreUpload>();
        services.AddSingleton<Media.StoreFile>();
        services.AddScoped<Media.MediaUses>();
        services.AddValidatedOptions<SchedulerOptions>(SchedulerOptions.SectionName);
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        services.AddScoped<AddStaffMember>();
        services.AddValidatedOptions<Mail.MailOptions>(Mail.MailOptions.SectionName);
        services.AddSingleton<Mail.Mailer>();
        services.AddScoped<Mail.StaffMail>();
        return services;
    }

    public static void AddNewsroomConventions(this PageConventionCollection pages)
    {
        pages.AuthorizeAreaFolder(Area, "/", Capability.EnterNewsroom);
        pages.AllowAnonymousToAreaPage(Area, "/Account/SignIn");
        pages.AllowAnonymousToAreaPage(Area, "/Account/SignInCode");
        pages.AllowAnonymousToAreaPage(Area, "/Account/Denied");
        pages.AllowAnonymousToAreaPage(Area, "/Account/ForgotPassword");
        pages.AllowAnonymousToAreaPage(Area, "/Account/SetPassword");
    }

    /// <summary>Back-office answers are personal: never stored by a browser or a shared cache.</summary>
    public static IApplicationBuilder UseNewsroomNoStore(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/newsroom", StringComparison.OrdinalIgnoreCase))
                context.Response.Headers.CacheControl = "no-store";
            return next(context);
        });

    public static async Task PrepareNewsroomAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<int>>>();
        foreach (var role in NewsroomRoles.All)
            if (!await roles.Roles.AnyAsync(r => r.Name == role)) await roles.CreateAsync(new IdentityRole<int>(role));
    }
}
