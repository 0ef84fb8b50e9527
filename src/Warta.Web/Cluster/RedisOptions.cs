namespace Warta.Web.Cluster;

/// <summary>
/// Bound from "Warta:Redis" (environment: Warta__Redis__Configuration). A StackExchange.Redis configuration string,
/// e.g. "127.0.0.1:6379,password=…"; set, it turns on what several nodes share: the data-protection key ring, the
/// wake-up that carries changes between nodes at once, rate limits and reload detection counted across nodes.
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "Warta:Redis";

    public string? Configuration { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
