namespace Warta.Web.Import.WordPress;

/// <summary>How an import fetches attachment files from the old site, as WordPress's importer offers to.</summary>
public sealed record FetchOptions
{
    /// <summary>On by default: a newsroom's images must not depend on its old host once it is gone.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// Off by default: an export names its own addresses, and one that points at loopback or a private network would
    /// make the importer a way into the machine's neighbourhood. Turn on for an old site on the same network.
    /// </summary>
    public bool AllowPrivateAddresses { get; init; }

    public int Concurrency { get; init; } = 4;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public int Retries { get; init; } = 2;

    public static FetchOptions Default { get; } = new();
    public static FetchOptions Off { get; } = new() { Enabled = false };
}
