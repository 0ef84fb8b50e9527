using Microsoft.Data.Sqlite;

namespace Warta.Web.Data;

/// <summary>
/// Whether a failure is the storage refusing writes (disk full, file system read-only or failing) rather than a bug:
/// such a failure is said plainly to the person writing, keeps what they typed, and passes once space returns.
/// </summary>
public static class StorageFailure
{
    // SQLite: SQLITE_IOERR 10, SQLITE_FULL 13, SQLITE_READONLY 8, SQLITE_CANTOPEN 14 (primary codes).
    private static readonly HashSet<int> SqliteCodes = [8, 10, 13, 14];

    // PostgreSQL: disk_full, insufficient_resources, read_only_sql_transaction, io_error.
    private static readonly HashSet<string> PostgresStates = ["53100", "53000", "25006", "58030"];

    // errno: ENOSPC 28, EROFS 30, EDQUOT 122; .NET reports them in the low bits of the HResult on Unix.
    private static readonly HashSet<int> Errnos = [28, 30, 122];

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when SqliteCodes.Contains(sqlite.SqliteErrorCode & 0xFF):
                case Npgsql.PostgresException postgres when PostgresStates.Contains(postgres.SqlState):
                case IOException io when Errnos.Contains(io.HResult & 0xFFFF) || io.Message.Contains("No space left", StringComparison.Ordinal)
                                          || io.Message.Contains("Read-only file system", StringComparison.Ordinal):
                case UnauthorizedAccessException access when access.InnerException is IOException { HResult: var h } && Errnos.Contains(h & 0xFFFF):
                    return true;
            }
            if (e is AggregateException { InnerExceptions.Count: > 0 } aggregate && aggregate.InnerExceptions.Any(Is)) return true;
        }
        return false;
    }
}
