using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Warta.Web.Data;

namespace Warta.IntegrationTests.Data;

/// <summary>
/// The start's own check for unapplied migrations (it reads the history table instead of asking EF, which builds a
/// model first) gives EF's answer: none on a migrated database, the missing one when a row is gone, all of them on a
/// database without the table.
/// </summary>
public class PendingMigrationsTests
{
    [Fact]
    public async Task PendingMigrations_AgreeWithEf_OnAMigratedDatabase_AndOneMissingAMigration()
    {
        using var app = new WartaApp();
        _ = app.CreateReader();

        await app.WithDbAsync(async db =>
        {
            Assert.Empty(await db.Database.PendingMigrationsAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());

            var last = db.Database.GetMigrations().Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");

            Assert.Equal([last], await db.Database.PendingMigrationsAsync());
            Assert.Equal([last], await db.Database.GetPendingMigrationsAsync());
        });
    }

    [Fact]
    public async Task PendingMigrations_OnADatabaseWithoutHistory_AreAllOfThem()
    {
        using var app = new WartaApp();
        _ = app.CreateReader();

        await app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\"");

            var pending = await db.Database.PendingMigrationsAsync();

            Assert.Equal(db.Database.GetMigrations(), pending);
            Assert.NotEmpty(pending);
            // The connection it opened for the failed read is closed again.
            Assert.Equal(System.Data.ConnectionState.Closed, db.Database.GetDbConnection().State);
        });
    }

    [Fact]
    public async Task PendingMigrations_OfADatabaseNotYetCreated_AreAllOfThem_AndMigratingCreatesIt()
    {
        var directory = Path.Combine(Path.GetTempPath(), "warta-unmade-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            // PostgreSQL: a database by a name no start has made; SQLite: a file not yet there.
            await using var db = TestDatabase.IsPostgres
                ? new PostgresWartaDb(new DbContextOptionsBuilder<PostgresWartaDb>()
                    .UseNpgsql(TestDatabase.SettingsFor(directory).Single(s => s.Key.EndsWith("ConnectionString", StringComparison.Ordinal)).Value).Options)
                : new WartaDb(new DbContextOptionsBuilder<WartaDb>().UseSqlite($"Data Source={Path.Combine(directory, "warta.db")}").Options);

            Assert.Equal(db.Database.GetMigrations(), await db.Database.PendingMigrationsAsync());
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.PendingMigrationsAsync());
        }
        finally
        {
            TestDatabase.Drop(directory);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task TheSitesContext_LeavesTheModelAgainstMigrationsCheck_ToTheBuild()
    {
        // Migrating would otherwise build the model from OnModelCreating on every first start; MigrationDriftTests
        // makes the same check for both providers, so a model change without a migration still fails the build.
        using var app = new WartaApp();
        _ = app.CreateReader();

        var behaviour = await app.WithDbAsync(db => Task.FromResult(db.GetService<IDbContextOptions>()
            .FindExtension<CoreOptionsExtension>()!.WarningsConfiguration.GetBehavior(RelationalEventId.PendingModelChangesWarning)));

        Assert.Equal(WarningBehavior.Ignore, behaviour);
    }
}
