using Microsoft.EntityFrameworkCore;

namespace Warta.Web.Data;

/// <summary>
/// <see cref="WartaDb"/> on PostgreSQL. Nothing of its own but its type: EF Core finds a provider's migrations and
/// compiled model by the context type they were made for (Data/Migrations/Postgres, Data/CompiledModel/Postgres).
/// </summary>
public sealed class PostgresWartaDb(DbContextOptions<PostgresWartaDb> options) : WartaDb(options);
