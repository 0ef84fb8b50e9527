using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Warta.Web.Data;

namespace Warta.IntegrationTests.Data;

/// <summary>
/// One model, migrations per provider kept in step: each provider's migrations describe today's model, its compiled
/// model is today's model, and the two providers' migrations build the same tables and columns. No server is needed:
/// nothing here opens a connection.
/// </summary>
public class MigrationDriftTests
{
    private static WartaDb Sqlite() => new(new DbContextOptionsBuilder<WartaDb>().UseSqlite("Data Source=:memory:").Options);

    private static PostgresWartaDb Postgres() => new(new DbContextOptionsBuilder<PostgresWartaDb>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);

    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    private static WartaDb For(string provider) => provider == "Sqlite" ? Sqlite() : Postgres();

    [Theory]
    [MemberData(nameof(Providers))]
    public void EachProvidersMigrations_DescribeTodaysModel(string provider)
    {
        using var db = For(provider);

        // Fails when the model changed and this provider got no migration for it (dotnet ef migrations add … --context …).
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: the model has changes its migrations lack");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void EachProvidersCompiledModel_IsTodaysModel(string provider)
    {
        using var db = For(provider);
        var compiled = provider == "Sqlite" ? (IModel)Warta.Web.Data.CompiledModel.WartaDbModel.Instance : Warta.Web.Data.Postgres.CompiledModel.PostgresWartaDbModel.Instance;

        // Fails when the model changed and the compiled model was not regenerated (dotnet ef dbcontext optimize … --context …).
        Assert.Equal(Columns(db.GetService<IDesignTimeModel>().Model), Columns(compiled));
    }

    [Fact]
    public void BothProvidersMigrations_BuildTheSameTablesAndColumns()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();

        var sqliteColumns = Columns(sqlite.GetService<IMigrationsAssembly>().ModelSnapshot!.Model);
        var postgresColumns = Columns(postgres.GetService<IMigrationsAssembly>().ModelSnapshot!.Model);

        Assert.Equal(sqliteColumns, postgresColumns);
        Assert.Contains("Articles.Headline", sqliteColumns);
    }

    /// <summary>Every table's columns with their nullability, in a stable order.</summary>
    private static List<string> Columns(IReadOnlyModel model) =>
        model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .SelectMany(e => e.GetProperties().Select(p => $"{e.GetTableName()}.{p.GetColumnName()}" + (p.IsNullable ? "?" : "")))
            .Distinct().Order(StringComparer.Ordinal).ToList();
}
