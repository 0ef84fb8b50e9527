using System.Globalization;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// What an import did: counts by kind, what it updated rather than created, what it skipped and why, and one outcome
/// for every item and comment of the export (the report).
/// </summary>
public sealed class ImportSummary
{
    public int Authors { get; set; }
    public int Sections { get; set; }
    public int Tags { get; set; }
    public int Articles { get; set; }
    public int Pages { get; set; }
    public int Comments { get; set; }
    public int Attachments { get; set; }
    public int Updated { get; set; }

    /// <summary>Every item and comment, in the order the export gives them.</summary>
    public List<ImportOutcome> Outcomes { get; } = [];

    public IEnumerable<string> Skipped => Outcomes.Where(o => o.Result == ImportResult.Skipped)
        .Select(o => string.Create(CultureInfo.InvariantCulture, $"#{o.WordPressId} ({o.Type}): {o.Note}"));

    public int SkippedCount => Outcomes.Count(o => o.Result == ImportResult.Skipped);

    /// <summary>Things worth telling whoever ran the import that are neither counts nor skips.</summary>
    public List<string> Notes { get; } = [];

    internal void Record(ImportOutcome outcome)
    {
        Outcomes.Add(outcome);
        if (outcome.Result == ImportResult.Updated) Updated++;
    }

    /// <summary>
    /// Every item and comment the census counted has exactly one outcome of its type; anything else means something
    /// was lost or counted twice on the way.
    /// </summary>
    internal void Reconcile(WxrCensus census)
    {
        var differences = new List<string>();
        Compare(census.Items, Outcomes.Where(o => !o.IsComment), "items", differences);
        Compare(census.Comments, Outcomes.Where(o => o.IsComment), "comments", differences);
        if (differences.Count > 0) throw new ImportReconciliationException(differences);
    }

    private static void Compare(IReadOnlyDictionary<string, int> expected, IEnumerable<ImportOutcome> outcomes, string what, List<string> differences)
    {
        var accounted = outcomes.GroupBy(o => o.Type, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var type in expected.Keys.Union(accounted.Keys).Order(StringComparer.Ordinal))
        {
            var (inFile, done) = (expected.GetValueOrDefault(type), accounted.GetValueOrDefault(type));
            if (inFile != done)
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"{what} of type '{type}': {inFile} in the export, {done} accounted for"));
        }
    }
}
