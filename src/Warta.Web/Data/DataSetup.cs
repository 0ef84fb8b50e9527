using Warta.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Warta.Web.Changes;
using Warta.Web.Data.Demo;

using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Data;

public static class DataSetup
{
    public static IServiceCollection AddWartaData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<WartaOptions>(WartaOptions.SectionName);
        services.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.SectionName);
        services.AddSingleton<Backups.SiteBackup>();

        // The provider decides the context's type (each provider has its own migrations), so it is read here; the rest
        // of the options when the context is first built, so test hosts and environment variables can set them.
        var provider = configuration.GetSection(DatabaseOptions.SectionName).GetValue(nameof(DatabaseOptions.Provider), DatabaseProvider.Sqlite);
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<WartaDb, PostgresWartaDb>((sp, db) =>
                db.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                  .UseModel(Postgres.CompiledModel.PostgresWartaDbModel.Instance)
                  .ConfigureWarnings(SkipPendingModelCheck)
                  .AddInterceptors(sp.GetServices<IInterceptor>()));
            // Journal rows must commit in the order of their ids (ChangeJournal): one writer of the journal at a time,
            // held until its transaction ends. SQLite has a single writer anyway.
            services.AddSingleton(new JournalOrdering("SELECT pg_advisory_xact_lock(727001)"));
        }
        else
        {
            services.AddDbContextPool<WartaDb>((sp, db) =>
            {
                var options = sp.GetRequiredService<IOptions<WartaOptions>>().Value;
                db.UseSqlite($"Data Source={options.DatabasePath}", sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                  .UseModel(CompiledModel.WartaDbModel.Instance)
                  .ConfigureWarnings(SkipPendingModelCheck)
                  .AddInterceptors(new SqlitePragmas())
                  .AddInterceptors(sp.GetServices<IInterceptor>());
            });
            services.AddSingleton(new JournalOrdering(null));
        }
        services.AddScoped<DemoContent>();
        services.AddContentChanges();
        return services;
    }

    // Migrating first compares the model built from OnModelCreating (not the compiled one) with the last migration's
    // snapshot, to warn of a model change without a migration: several hundred milliseconds of every first start and
    // upgrade. The build checks that instead, for both providers (MigrationDriftTests), so the site does not.
    private static void SkipPendingModelCheck(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(RelationalEventId.PendingModelChangesWarning);

    /// <summary>Creates the data directory, applies migrations and writes the demo site on a first start.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<WartaOptions>>().Value;
        Directory.CreateDirectory(options.DataDirectoryPath);
        Directory.CreateDirectory(options.MediaPath);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while a write commits; the mode is stored in the file, so once is enough.
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await db.Database.CloseConnectionAsync();
        }
        // Migrating reads every migration's model, a few hundred milliseconds; an up-to-date database (nearly every
        // start) skips it, on a cheap look at the history table.
        if ((await db.Database.PendingMigrationsAsync()).Count > 0) await db.Database.MigrateAsync();

        if (!await db.SiteSettings.AnyAsync())
        {
            db.SiteSettings.Add(new SiteSettings());
            await db.SaveChangesAsync();
        }
        if (options.SeedDemoContent)
        {
            await scope.ServiceProvider.GetRequiredService<DemoContent>().SeedIfEmptyAsync();
        }
        await app.Services.GetRequiredService<SiteSettingsCache>().ReloadAsync();
    }
}
