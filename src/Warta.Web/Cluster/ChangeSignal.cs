using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Warta.Web.Changes;

namespace Warta.Web.Cluster;

/// <summary>
/// The wake-up between nodes: after a commit a node says so on a Redis channel, and every other node reads the change
/// journal at once instead of at its next poll. The journal stays the record (ordered, durable, read on every poll):
/// a lost or late signal only means the next poll, within <c>Warta:Changes:PollMilliseconds</c>, finds the change.
/// </summary>
public sealed partial class ChangeSignal(IServiceProvider services, IOptions<RedisOptions> options, ChangeJournal journal, ILogger<ChangeSignal> log)
    : IHostedService, IDisposable
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("warta:changes");

    private SharedRedis? Redis => options.Value.IsConfigured ? services.GetRequiredService<SharedRedis>() : null;

    /// <summary>Tells the other nodes that the journal has something new; never waits, never fails the save.</summary>
    public void Announce()
    {
        if (Redis is not { } redis) return;
        try { redis.Connection.GetSubscriber().Publish(Channel, journal.Origin, CommandFlags.FireAndForget); }
        catch (RedisException e) { LogUnreachable(e); }
    }

    private readonly CancellationTokenSource stopping = new();
    private int disposed;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Redis is { } redis) _ = SubscribeAsync(redis, stopping.Token);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Subscribes, retrying while Redis is unreachable (a node may start before Redis does); once subscribed, the
    /// connection re-subscribes by itself after any outage. Until then polling carries the changes.
    /// </summary>
    private async Task SubscribeAsync(SharedRedis redis, CancellationToken ct)
    {
        var feed = services.GetRequiredService<ChangeFeed>();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await redis.Connection.GetSubscriber().SubscribeAsync(Channel, (_, origin) =>
                {
                    if (origin != journal.Origin) feed.Nudge();
                });
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                LogUnreachable(e);
                try { await Task.Delay(TimeSpan.FromSeconds(2), ct); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may be stopped after its services were disposed (a factory disposed twice): nothing left to stop then.
        if (Volatile.Read(ref disposed) == 0) stopping.Cancel();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        stopping.Cancel();
        stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable; changes reach other nodes by polling the journal until it is back.")]
    private partial void LogUnreachable(Exception exception);
}
