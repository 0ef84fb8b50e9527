using System.ComponentModel.DataAnnotations;

namespace Warta.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Bound from "Warta:Database" (environment: Warta__Database__Provider, Warta__Database__ConnectionString). SQLite,
/// a file in the data directory, is the embedded default; PostgreSQL is for more than one machine.
/// </summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string SectionName = "Warta:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>An Npgsql connection string for PostgreSQL; SQLite ignores it (its file is in the data directory).</summary>
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
            yield return new ValidationResult("Warta:Database:ConnectionString is required when Warta:Database:Provider is Postgres.", [nameof(ConnectionString)]);
    }
}
