using Warta.Web.Data;

namespace Warta.Web.Newsroom.Audit;

/// <summary>Adds entries to the audit log in the caller's unit of work, so the act and its record commit together.</summary>
public sealed class AuditLog(WartaDb db, TimeProvider clock)
{
    public void Record(int? actorId, string actorName, string action, string subject, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, ActorId = actorId, ActorName = actorName, Action = action, Subject = subject, Detail = detail,
        });
}
