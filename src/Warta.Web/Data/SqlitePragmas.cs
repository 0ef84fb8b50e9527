using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Warta.Web.Data;

/// <summary>
/// Per-connection SQLite settings. synchronous=FULL: in WAL mode NORMAL can lose the last acknowledged
/// transactions on power loss, and a newsroom must never lose a saved article or an answered comment.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
