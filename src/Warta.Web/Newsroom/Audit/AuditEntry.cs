namespace Warta.Web.Newsroom.Audit;

/// <summary>One consequential act in the newsroom: who did what to which thing, and when (UTC).</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public int? ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public string? Detail { get; set; }
}
