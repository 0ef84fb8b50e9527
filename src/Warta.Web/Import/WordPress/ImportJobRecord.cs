namespace Warta.Web.Import.WordPress;

public enum ImportJobState { Staged = 0, Running = 1, Finished = 2, Failed = 3 }

/// <summary>
/// An upload from the import page, from its mapping step to its summary, kept in the database so that every node
/// shows it: the upload may reach one node, the mapping step's answer another, and the progress page a third.
/// </summary>
public class ImportJobRecord
{
    public Guid Id { get; set; }
    public required string FileName { get; set; }
    public required string StartedBy { get; set; }
    public ImportJobState State { get; set; }
    public bool Fetch { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }

    /// <summary>Moved on by the node running the import, at least every few seconds: a job that stops moving has lost its node.</summary>
    public DateTime UpdatedAt { get; set; }
    public int Done { get; set; }
    public int Total { get; set; }

    /// <summary>The categories the export's posts use (JSON), for the mapping step.</summary>
    public string? Categories { get; set; }

    /// <summary>The finished import's summary (JSON): counts, skips, notes.</summary>
    public string? Summary { get; set; }

    /// <summary>Why the file was refused (malformed XML), with its line and column.</summary>
    public int? RefusalLine { get; set; }
    public int? RefusalColumn { get; set; }
    public string? RefusalMessage { get; set; }

    /// <summary>What the import could not account for, one difference per line, when that is why it failed.</summary>
    public string? Unaccounted { get; set; }
}
