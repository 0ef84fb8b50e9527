using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Data;

namespace Warta.Web.Changes;

/// <summary>
/// The change journal in the database: how a change made in one process reaches every other one. Rows are written
/// inside the transaction of the change they describe, so a committed change always has its row and a rolled-back one
/// never does.
/// </summary>
public sealed class ChangeJournal(TimeProvider clock, JournalOrdering ordering)
{
    public const string Table = "ContentChanges";

    /// <summary>This process, as the journal names it: its own rows are already applied here.</summary>
    public string Origin { get; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Written with the connection and transaction of the save itself, not through the context: the context is still
    /// finishing that save. Standard SQL with quoted names, the same on every provider.
    /// </summary>
    public async Task WriteAsync(DbConnection connection, DbTransaction? transaction, ChangeSet change, CancellationToken ct)
    {
        if (ordering.LockStatement is { } statement)
        {
            await using var wait = connection.CreateCommand();
            wait.Transaction = transaction;
            wait.CommandText = statement;
            await wait.ExecuteNonQueryAsync(ct);
        }
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""INSERT INTO "{Table}" ("At", "Origin", "Tags", "ArticleIds") VALUES (@at, @origin, @tags, @ids)""";
        Add(command, "@at", clock.GetUtcNow().UtcDateTime);
        Add(command, "@origin", Origin);
        Add(command, "@tags", string.Join(' ', change.Tags));
        Add(command, "@ids", string.Join(' ', change.ArticleIds.Select(id => id.ToString(CultureInfo.InvariantCulture))));
        await command.ExecuteNonQueryAsync(ct);
    }

    public static Task<List<ContentChange>> ReadAfterAsync(WartaDb db, long position, int count, CancellationToken ct) =>
        db.ContentChanges.AsNoTracking().Where(c => c.Id > position).OrderBy(c => c.Id).Take(count).ToListAsync(ct);

    public static async Task<long> LatestAsync(WartaDb db, CancellationToken ct) =>
        await db.ContentChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;

    public static async Task<long> EarliestAsync(WartaDb db, CancellationToken ct) =>
        await db.ContentChanges.MinAsync(c => (long?)c.Id, ct) ?? 0;

    /// <summary>
    /// Drops rows older than <paramref name="keep"/>, always keeping the newest: positions must only ever grow, and a
    /// provider could otherwise hand out an id again once its table is empty.
    /// </summary>
    public async Task PruneAsync(WartaDb db, TimeSpan keep, CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime - keep;
        var newest = await LatestAsync(db, ct);
        await db.ContentChanges.Where(c => c.At < before && c.Id < newest).ExecuteDeleteAsync(ct);
    }

    public static ChangeSet Parse(ContentChange row) => ChangeSet.Of(
        row.Tags.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        row.ArticleIds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)));

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
