using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Warta.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
internal sealed class DesignTimeWartaDbFactory : IDesignTimeDbContextFactory<WartaDb>
{
    public WartaDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WartaDb>()
            .UseSqlite($"Data Source={Path.Combine(Path.GetTempPath(), "warta-design.db")}")
            .Options);
}

/// <summary>The same for PostgreSQL's migrations (no server needed to add one: the connection is never opened).</summary>
internal sealed class DesignTimePostgresWartaDbFactory : IDesignTimeDbContextFactory<PostgresWartaDb>
{
    public PostgresWartaDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWartaDb>()
            .UseNpgsql("Host=127.0.0.1;Database=warta_design")
            .Options);
}
