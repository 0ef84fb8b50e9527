namespace Warta.Web.Import.WordPress;

/// <summary>
/// The import could not account for everything the export holds (an item or comment neither imported, updated nor
/// skipped with a reason). Thrown before the transaction commits, so nothing of the run is kept.
/// </summary>
public sealed class ImportReconciliationException(IReadOnlyList<string> differences)
    : Exception("The import does not add up: " + string.Join("; ", differences) + ". Nothing was imported.")
{
    public IReadOnlyList<string> Differences { get; } = differences;
}
