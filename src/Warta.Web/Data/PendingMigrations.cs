using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Warta.Web.Data;

/// <summary>
/// Which of the build's migrations the database has not applied. EF's own answer
/// (<c>GetPendingMigrationsAsync</c>) first builds a model of its history table through the full convention set, about
/// 150 ms of every start and of every readiness check's first run; reading the history table directly answers the same
/// question in a few. A database not yet created, or without the table, has every migration pending.
/// </summary>
public static class PendingMigrations
{
    // EF's default history table, the same on both providers (neither context renames it).
    private const string AppliedSql = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";

    public static async Task<IReadOnlyList<string>> PendingMigrationsAsync(this DatabaseFacade database, CancellationToken ct = default)
    {
        var known = database.GetMigrations().ToList();
        var applied = new HashSet<string>(StringComparer.Ordinal);
        var connection = database.GetDbConnection();
        var opened = false;
        try
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                await database.OpenConnectionAsync(ct);
                opened = true;
            }
            await using var command = connection.CreateCommand();
            command.CommandText = AppliedSql;
            command.Transaction = database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
        }
        catch (DbException)
        {
            // No database yet (PostgreSQL: migrating creates it) or no history table in it: nothing is applied. A
            // server that does not answer fails the same way when migrating, with its own error.
            return known;
        }
        finally
        {
            if (opened) await database.CloseConnectionAsync();
        }
        return known.Where(id => !applied.Contains(id)).ToList();
    }
}
