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
