using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Warta.Web.Cluster;

/// <summary>
/// The one connection to Redis that the nodes share, made once. A Redis that is down at start or later does not stop
/// the node: the connection keeps retrying in the background, and everything that uses it has a way on without it
/// (the change journal is still read every second; limits fall back to this node's own count).
/// </summary>
public sealed class SharedRedis(IOptions<RedisOptions> options) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> connection = new(() =>
    {
        var configuration = ConfigurationOptions.Parse(options.Value.Configuration!);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = 2000;
        configuration.SyncTimeout = 2000;
        configuration.AsyncTimeout = 2000;
        configuration.ClientName = "warta";
        return ConnectionMultiplexer.Connect(configuration);
    });

    public IConnectionMultiplexer Connection => connection.Value;

    public IDatabase Database => Connection.GetDatabase();

    public bool IsConnected => connection.IsValueCreated && connection.Value.IsConnected;

    public void Dispose()
    {
        if (connection.IsValueCreated) connection.Value.Dispose();
    }
}
