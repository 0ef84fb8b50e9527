namespace Warta.Web.Import.WordPress;

/// <summary>What an import did: counts by kind, what it updated rather than created, and what it skipped and why.</summary>
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
    public List<string> Skipped { get; } = [];

    /// <summary>Things worth telling whoever ran the import that are neither counts nor skips.</summary>
    public List<string> Notes { get; } = [];
}
