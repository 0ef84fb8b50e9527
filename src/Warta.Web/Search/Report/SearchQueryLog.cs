using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Warta.Web.Search.Report;

/// <summary>
/// Counts readers' searches in memory until <see cref="SearchQueryFlusher"/> writes them: one row per query and day,
/// never one per search. A query is kept as typed, lower-cased and with its spaces tidied; nothing about the reader.
/// </summary>
public sealed partial class SearchQueryLog
{
    /// <summary>Distinct queries held between two writes; past it a flood of random queries is not kept.</summary>
    private const int MaxPending = 20_000;

    private ConcurrentDictionary<(DateOnly Day, string Query), Tally> pending = new();

    /// <summary>One query's counts on one day, added to from many requests at once.</summary>
    public sealed class Tally
    {
        private int searches;
        private int empty;

        public int Searches => Volatile.Read(ref searches);
        public int Empty => Volatile.Read(ref empty);

        public void Add(int searchCount, int emptyCount)
        {
            Interlocked.Add(ref searches, searchCount);
            Interlocked.Add(ref empty, emptyCount);
        }
    }

    public void Record(DateOnly day, string query, bool foundNothing)
    {
        var normalized = Normalize(query);
        if (normalized.Length == 0) return;
        if (pending.Count >= MaxPending && !pending.ContainsKey((day, normalized))) return;
        pending.GetOrAdd((day, normalized), _ => new Tally()).Add(1, foundNothing ? 1 : 0);
    }

    public static string Normalize(string query)
    {
        var tidy = Spaces().Replace(query.Trim().ToLowerInvariant(), " ");
        return tidy.Length <= SearchQueryStat.QueryMaxLength ? tidy : tidy[..SearchQueryStat.QueryMaxLength];
    }

    /// <summary>Everything counted so far, leaving the log empty.</summary>
    public IReadOnlyDictionary<(DateOnly Day, string Query), Tally> TakeAll() => Interlocked.Exchange(ref pending, new());

    /// <summary>Puts back what could not be written, for the next try.</summary>
    public void Return(IReadOnlyDictionary<(DateOnly Day, string Query), Tally> counts)
    {
        foreach (var (key, tally) in counts)
        {
            pending.GetOrAdd(key, _ => new Tally()).Add(tally.Searches, tally.Empty);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
