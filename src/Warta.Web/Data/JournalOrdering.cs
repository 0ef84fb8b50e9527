namespace Warta.Web.Data;

/// <summary>
/// What a provider runs before writing a change-journal row so that rows commit in the order of their ids: followers
/// read the journal by id, and a row that committed after a higher id was read would be missed. Null when the
/// provider's writers are serialized anyway (SQLite).
/// </summary>
public sealed record JournalOrdering(string? LockStatement);
