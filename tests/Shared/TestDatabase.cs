using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Warta.Testing;

/// <summary>
/// Which database the tests run on. SQLite (a file in each test's data directory) unless the test command sets
/// WARTA_TEST_POSTGRES to a throwaway PostgreSQL server's connection string; then each data directory gets its own
/// database, named after it (a restart, or a command beside a running site, finds the same one), dropped with it.
/// </summary>
public static class TestDatabase
{
    public const string SqliteOnly = "Sqlite";

    private static readonly string? Server = Environment.GetEnvironmentVariable("WARTA_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool IsPostgres => Server is not null;

    /// <summary>Configuration keys and values (as Warta reads them) for the site or a command on <paramref name="dataDirectory"/>.</summary>
    public static IReadOnlyList<(string Key, string Value)> SettingsFor(string dataDirectory) => Server is null ? [] :
    [
        ("Warta:Database:Provider", "Postgres"),
        ("Warta:Database:ConnectionString", new NpgsqlConnectionStringBuilder(Server) { Database = NameFor(dataDirectory) }.ConnectionString),
    ];

    public static string NameFor(string dataDirectory) =>
        "warta_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..20];

    /// <summary>Drops the data directory's database (PostgreSQL); SQLite's goes with the directory.</summary>
    public static void Drop(string dataDirectory)
    {
        if (Server is null) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{NameFor(dataDirectory)}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
